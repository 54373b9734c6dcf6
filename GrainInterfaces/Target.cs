using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// One row of targets.csv (DOMAIN.md §7): units of kind <see cref="AppliesTo"/> in the years
/// <see cref="FromYear"/>–<see cref="ToYear"/> (open-ended when null) compare an indicator of their subtree,
/// in percent, with <see cref="Value"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.target")]
public sealed record Target(
    string Program,
    string Code,
    UnitKind AppliesTo,
    string Indicator,
    string Comparator,
    decimal Value,
    int FromYear,
    int? ToYear)
{
    public bool AppliesIn(int year) => year >= FromYear && (ToYear is null || year <= ToYear);
}
