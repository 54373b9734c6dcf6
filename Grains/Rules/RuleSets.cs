namespace Scoring.Grains.Rules;

/// <summary>Picks the regime that applies to a rating year (DOMAIN.md §3).</summary>
public static class RuleSets
{
    public static IRuleSet R2019 { get; } = new GradeRules(GradeRuleParameters.R2019);

    public static IRuleSet R2023 { get; } = new GradeRules(GradeRuleParameters.R2023);

    public static IRuleSet R2025 { get; } = new ScoreRules(ScoreRuleParameters.R2025);

    /// <summary>The first year the system can rate; R2014 (2014–2017) uses other levels and is not built yet.</summary>
    public const int FirstSupportedYear = 2018;

    public static bool TryForYear(int year, out IRuleSet rules)
    {
        rules = year switch
        {
            >= 2025 => R2025,
            >= 2023 => R2023,
            >= FirstSupportedYear => R2019,
            _ => null!,
        };
        return rules is not null;
    }

    public static IRuleSet ForYear(int year) =>
        TryForYear(year, out var rules)
            ? rules
            : throw new ArgumentOutOfRangeException(
                nameof(year), year, $"Years before {FirstSupportedYear} follow the R2014 regime, which is not supported yet.");
}
