using System.Text.Json.Serialization;
using Scoring.GrainInterfaces;

namespace Scoring.Silo.Years;

/// <summary>
/// One line of <c>export</c>: a unit's place in the tree, its final level with the reasons for it, the proposed and
/// decided levels, and its roll-up, quota checks and targets. Versions are left out: they count turns, which differ
/// between runs that end in the same figures. <see cref="Decided"/> is written as null when no level was decided;
/// <see cref="Quota"/> and <see cref="Targets"/> only where they apply.
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
    KindTallies Direct,
    Level Proposed,
    Level? Decided,
    bool Exemplary,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UnitQuota? Quota,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TargetResult>? Targets)
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
        summary.Direct,
        summary.Proposed,
        summary.Decided,
        summary.Exemplary,
        summary.Quota,
        summary.Targets);
}
