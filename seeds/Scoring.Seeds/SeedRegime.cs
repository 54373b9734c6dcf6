using Scoring.Grains.Rules;

namespace Scoring.Seeds;

/// <summary>
/// A regime as the generator needs it: the rule set that rates the year, and the parameters that rule set is made
/// of, which the generator draws its inputs and its children's levels against. Exactly one of
/// <see cref="Score"/> and <see cref="Grades"/> is set.
/// </summary>
internal sealed class SeedRegime
{
    // IRuleSet does not expose its parameters, so the regimes are matched by name (a rule set is named after its
    // parameters) with the parameter records RuleSets builds them from.
    private static readonly SeedRegime[] Known =
        [Of(GradeRuleParameters.R2019), Of(GradeRuleParameters.R2023), Of(ScoreRuleParameters.R2025)];

    private SeedRegime(IRuleSet rules, ChildrenCapParameters caps, ScoreRuleParameters? score, GradeRuleParameters? grades)
    {
        Rules = rules;
        Caps = caps;
        Score = score;
        Grades = grades;
    }

    public IRuleSet Rules { get; }

    public ChildrenCapParameters Caps { get; }

    public ScoreRuleParameters? Score { get; }

    public GradeRuleParameters? Grades { get; }

    public decimal TargetsMetMinPercent => Score?.TargetsMetMinPercent ?? Grades!.TargetsMetMinPercent;

    /// <summary>Null where more disciplined affiliates than a share is no hard fail.</summary>
    public decimal? AffiliatesMaxShare => Score is not null ? Score.AffiliatesMaxShare : Grades!.AffiliatesMaxShare;

    public static SeedRegime Of(ScoreRuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new SeedRegime(new ScoreRules(parameters), parameters.Caps, parameters, null);
    }

    public static SeedRegime Of(GradeRuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new SeedRegime(new GradeRules(parameters), parameters.Caps, null, parameters);
    }

    /// <summary>The regime <see cref="RuleSets.ForYear"/> rates the year with; years it refuses are refused.</summary>
    public static SeedRegime ForYear(int year)
    {
        var name = RuleSets.ForYear(year).Name;
        return Known.SingleOrDefault(regime => regime.Rules.Name == name)
            ?? throw new NotSupportedException($"The generator has no parameters for the {name} regime.");
    }
}
