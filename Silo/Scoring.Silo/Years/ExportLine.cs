using Scoring.GrainInterfaces;

namespace Scoring.Silo.Years;

/// <summary>
/// One line of <c>export</c>: a unit's place in the tree, its level with the reasons for it, and its roll-up.
/// Versions are left out: they count turns, which differ between runs that end in the same figures.
/// </summary>
public sealed record ExportLine(
    UnitId Unit,
    int Year,
    UnitKind Kind,
    string Name,
    UnitId? Parent,
    Level Level,
    IReadOnlyList<Reason> Reasons,
    decimal? Score,
    MemberTally Members,
    KindTallies Subtree,
    KindTallies Direct)
{
    public static ExportLine From(UnitSummary summary) => new(
        summary.Unit,
        summary.Year,
        summary.Kind,
        summary.Name,
        summary.Parent,
        summary.Level,
        summary.Reasons,
        summary.Score,
        summary.Members,
        summary.Subtree,
        summary.Direct);
}
