namespace Scoring.Grains.Rules;

/// <summary>
/// The parameters of the 100-point regime R2025 (QĐ 366 + HD 43). Score thresholds are verified; the task
/// shares, the affiliate share and the targets floor are our reading, kept here so they can be changed.
/// </summary>
public sealed record ScoreRuleParameters(
    string Name,
    decimal ExcellentMinScore,
    decimal GoodMinScore,
    decimal CompleteMinScore,
    decimal ExcellentMinExceededShare,
    decimal CompleteMaxLateShare,
    decimal AffiliatesMaxShare,
    decimal TargetsMetMinPercent,
    ChildrenCapParameters Caps)
{
    public static ScoreRuleParameters R2025 { get; } =
        new("R2025", 90m, 70m, 50m, 0.30m, 0.20m, 0.20m, 50m, ChildrenCapParameters.Hd21);
}
