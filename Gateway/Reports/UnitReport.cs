using System.Text.Json.Serialization;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Reports;

/// <summary>
/// A unit's year as the API serves it: its final level and reasons, the proposed and decided levels, the roll-up of
/// its subtree, its quota checks and its targets (those two only where they apply).
/// </summary>
public sealed record UnitReport(
    UnitId Unit,
    int Year,
    UnitKind Kind,
    string Name,
    UnitId? Parent,
    Level Level,
    IReadOnlyList<Reason> Reasons,
    decimal? Score,
    long Version,
    IReadOnlyDictionary<string, TallyView> Subtree,
    IReadOnlyDictionary<string, TallyView> Direct,
    MemberView Members,
    Level Proposed,
    Level? Decided,
    bool Exemplary,
    string? DecisionNote,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UnitQuota? Quota,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TargetResult>? Targets)
{
    public static UnitReport From(UnitSummary summary) => new(
        summary.Unit,
        summary.Year,
        summary.Kind,
        summary.Name,
        summary.Parent,
        summary.Level,
        summary.Reasons,
        summary.Score,
        summary.Version,
        TallyView.ByKind(summary.Subtree),
        TallyView.ByKind(summary.Direct),
        MemberView.From(summary.Members),
        summary.Proposed,
        summary.Decided,
        summary.Exemplary,
        summary.Decision?.Note,
        summary.Quota,
        summary.Targets);
}
