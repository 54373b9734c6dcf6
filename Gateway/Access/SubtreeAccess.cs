using System.Security.Claims;
using Orleans;
using Scoring.GrainInterfaces;
using Scoring.Silo.Access;

namespace Scoring.Gateway.Access;

/// <summary>
/// Walks from the unit up its parents, as the year's grains know them, to just below the depth of the token's unit: a
/// call to each grain between them (usually active ones), and no walk at all for the root's token. Nothing is cached,
/// so a re-import that moves a unit moves its access with it at once.
/// </summary>
internal sealed class SubtreeAccess(IGrainFactory grains) : ISubtreeAccess
{
    /// <summary>Deeper than any tree (nation to cell is six levels); a guard, not a rule.</summary>
    private const int MaxHops = 64;

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, int year, UnitId unit, CancellationToken cancellationToken) =>
        await DecideAsync(user, year, unit, writes: false, cancellationToken) == AccessDecision.Allowed;

    public async Task<AccessDecision> DecideAsync(ClaimsPrincipal user, int year, UnitId unit, bool writes, CancellationToken cancellationToken)
    {
        if (!TokenHolder.TryRead(user, out var holder) || (writes && holder.Role == AccessRoles.Viewer))
        {
            return AccessDecision.Forbidden;
        }

        var committeeWrites = writes && holder.Role == AccessRoles.Committee;
        if (unit == holder.Unit)
        {
            return committeeWrites ? AccessDecision.Forbidden : AccessDecision.Allowed;
        }

        var summary = await SummaryAsync(year, unit, cancellationToken);
        if (summary is null)
        {
            // Only a token for the whole tree may learn that a unit is not in it; any other hears what it hears outside.
            var own = await SummaryAsync(year, holder.Unit, cancellationToken);
            return own is { Parent: null } ? AccessDecision.Unknown : AccessDecision.Forbidden;
        }

        if (committeeWrites)
        {
            return summary.Parent == holder.Unit ? AccessDecision.Allowed : AccessDecision.Forbidden;
        }

        var holderSummary = await SummaryAsync(year, holder.Unit, cancellationToken);
        if (holderSummary is null)
        {
            return AccessDecision.Forbidden;
        }

        if (holderSummary.Parent is null)
        {
            // The root reaches every unit its year has: no walk up the tree.
            return AccessDecision.Allowed;
        }

        // Up only as far as just below the holder's depth: there the unit's line either is the holder's child or is not.
        for (var hops = 0; summary is { Parent: { } parent } && summary.Depth > holderSummary.Depth + 1 && hops < MaxHops; hops++)
        {
            summary = await SummaryAsync(year, parent, cancellationToken);
        }

        return summary?.Parent == holder.Unit ? AccessDecision.Allowed : AccessDecision.Forbidden;
    }

    private Task<UnitSummary?> SummaryAsync(int year, UnitId unit, CancellationToken cancellationToken) =>
        grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(year, unit)).GetSummaryAsync().WaitAsync(cancellationToken);
}
