using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Reports;

/// <summary>A unit's year as the API serves it: its level and reasons, and the roll-up of its subtree.</summary>
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
    MemberView Members)
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
        MemberView.From(summary.Members));
}
