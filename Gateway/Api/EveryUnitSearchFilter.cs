using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Api;

/// <summary>Search finds every unit of the year: the API reads every unit for everyone.</summary>
internal sealed class EveryUnitSearchFilter : IUnitSearchFilter
{
    public bool MayFind(HttpContext request, UnitRecord unit, IReadOnlyList<UnitId> ancestors) => true;
}
