using Scoring.Gateway.Api;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Access;

/// <summary>Search finds only what the token reaches: its unit and the units below it.</summary>
internal sealed class SubtreeSearchFilter : IUnitSearchFilter
{
    public bool MayFind(HttpContext request, UnitRecord unit, IReadOnlyList<UnitId> ancestors) =>
        TokenHolder.TryRead(request.User, out var holder) && (unit.Id == holder.Unit || ancestors.Contains(holder.Unit));
}
