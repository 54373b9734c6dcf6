using Scoring.GrainInterfaces;

namespace Scoring.Silo.Years;

/// <summary>One line of <c>export</c>: a unit's level, its reasons and its roll-up.</summary>
public sealed record ExportLine(
    UnitId Unit,
    int Year,
    UnitKind Kind,
    Level Level,
    IReadOnlyList<Reason> Reasons,
    MemberTally Members,
    KindTallies Subtree,
    KindTallies Direct)
{
    public static ExportLine From(UnitSummary summary) => new(
        summary.Unit, summary.Year, summary.Kind, summary.Level, summary.Reasons, summary.Members, summary.Subtree, summary.Direct);
}
