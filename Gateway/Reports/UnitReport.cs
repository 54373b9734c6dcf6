using System.ComponentModel;
using System.Text.Json.Serialization;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Gateway.Reports;

/// <summary>
/// A unit's year as the API serves it: its final level and reasons, the proposed and decided levels, the roll-up of
/// its subtree, its quota checks and its targets (those two only where they apply). Levels are in the year's codes.
/// </summary>
public sealed record UnitReport(
    UnitId Unit,
    int Year,
    UnitKind Kind,
    string Name,
    UnitId? Parent,
    [property: Description("The unit's final level in the year's codes: HTXSNV, HTTNV, HTNV or KHTNV since 2018; TSVM, HTTNV, HTNV or YK in 2014–2017; or PENDING, NOT_RATED.")]
    string Level,
    IReadOnlyList<Reason> Reasons,
    decimal? Score,
    long Version,
    IReadOnlyDictionary<string, TallyView> Subtree,
    IReadOnlyDictionary<string, TallyView> Direct,
    MemberView Members,
    [property: Description("The level the rules propose, in the year's codes.")]
    string Proposed,
    [property: Description("The level the deciding committee decided, in the year's codes; null when it decided none.")]
    string? Decided,
    bool Exemplary,
    string? DecisionNote,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UnitQuota? Quota,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TargetResult>? Targets)
{
    public static UnitReport From(UnitSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        // The year decides the names of the levels; members keep the 2018 names in every year.
        var names = RuleSets.ForYear(summary.Year).Names;
        return new UnitReport(
            summary.Unit,
            summary.Year,
            summary.Kind,
            summary.Name,
            summary.Parent,
            names.Code(summary.Level),
            summary.Reasons,
            summary.Score,
            summary.Version,
            TallyView.ByKind(summary.Subtree, names),
            TallyView.ByKind(summary.Direct, names),
            MemberView.From(summary.Members),
            names.Code(summary.Proposed),
            summary.Decided is { } decided ? names.Code(decided) : null,
            summary.Exemplary,
            summary.Decision?.Note,
            summary.Quota,
            summary.Targets);
    }
}
