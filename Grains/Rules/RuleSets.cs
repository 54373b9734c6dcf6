namespace Scoring.Grains.Rules;

/// <summary>Picks the regime that applies to a rating year (DOMAIN.md §3).</summary>
public static class RuleSets
{
    public static IRuleSet R2014 { get; } = new TsvmRules(TsvmRuleParameters.R2014);

    public static IRuleSet R2019 { get; } = new GradeRules(GradeRuleParameters.R2019);

    public static IRuleSet R2023 { get; } = new GradeRules(GradeRuleParameters.R2023);

    public static IRuleSet R2025 { get; } = new ScoreRules(ScoreRuleParameters.R2025);

    /// <summary>The first year the system can rate: the first year of R2014, the oldest regime it knows.</summary>
    public const int FirstSupportedYear = 2014;

    /// <summary>Why a year before <see cref="FirstSupportedYear"/> cannot be rated, for messages that refuse it.</summary>
    public static string Unsupported(int year) =>
        $"{year} has no rule set: it is before {FirstSupportedYear}, the first year of R2014 (2014–2017), the oldest regime the system knows";

    public static bool TryForYear(int year, out IRuleSet rules)
    {
        rules = year switch
        {
            >= 2025 => R2025,
            >= 2023 => R2023,
            >= 2018 => R2019,
            >= FirstSupportedYear => R2014,
            _ => null!,
        };
        return rules is not null;
    }

    public static IRuleSet ForYear(int year) =>
        TryForYear(year, out var rules)
            ? rules
            : throw new ArgumentOutOfRangeException(nameof(year), year, Unsupported(year) + ".");
}
