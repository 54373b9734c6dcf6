using System.Security.Claims;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Access;

/// <summary>
/// Whether a request's token reaches a unit in a year's tree (the tree of that year: a re-import may move units).
/// Every endpoint with <c>{year}</c> and <c>{id}</c> is checked by <see cref="SubtreeAccessMiddleware"/>; an endpoint
/// that lists units of a year asks <see cref="CanReadAsync"/> for each one it would show.
/// </summary>
public interface ISubtreeAccess
{
    /// <summary>Whether the token may read the unit: the unit is its own or below it in <paramref name="year"/>'s tree.</summary>
    Task<bool> CanReadAsync(ClaimsPrincipal user, int year, UnitId unit, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the token may read the unit or, when <paramref name="writes"/>, record a decision or a correction for it:
    /// viewers read their subtree; committees read it and write for their unit's direct children; operators read and write
    /// their whole subtree.
    /// </summary>
    Task<AccessDecision> DecideAsync(ClaimsPrincipal user, int year, UnitId unit, bool writes, CancellationToken cancellationToken);
}
