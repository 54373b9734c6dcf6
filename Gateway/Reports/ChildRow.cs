using System.ComponentModel;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Reports;

/// <summary>
/// A child as a row of its parent's children page: who it is, its levels and score, its subtree's organizations and
/// its members by level. These are what a children table shows and ranks; the year (the page's), the reasons, the
/// direct children's tallies, the decision's note, the quota and the targets are in the child's own report, at its
/// address, which a row opens. A page of 50 is about half the bytes of 50 whole reports, and a page is mostly bytes
/// to send.
/// </summary>
public sealed record ChildRow(
    UnitId Unit,
    UnitKind Kind,
    string Name,
    UnitId? Parent,
    [property: Description("The child's final level in the year's codes, as in its report.")]
    string Level,
    decimal? Score,
    [property: Description("The version of the child's report: its ETag at its own address.")]
    long Version,
    IReadOnlyDictionary<string, TallyView> Subtree,
    MemberView Members,
    [property: Description("The level the rules propose, in the year's codes.")]
    string Proposed,
    [property: Description("The level the deciding committee decided, in the year's codes; null when it decided none.")]
    string? Decided,
    bool Exemplary)
{
    /// <summary>The row of <paramref name="report"/>: the same figures, as its own address states them.</summary>
    public static ChildRow Of(UnitReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ChildRow(
            report.Unit, report.Kind, report.Name, report.Parent, report.Level, report.Score, report.Version, report.Subtree, report.Members,
            report.Proposed, report.Decided, report.Exemplary);
    }
}
