using Scoring.Grains.Rules;

namespace Scoring.Seeds;

/// <summary>
/// A regime as the generator needs it: the rule set that rates the year, and the parameters that rule set is made
/// of, which the generator draws its inputs and its children's levels against. Exactly one of
/// <see cref="Tsvm"/>, <see cref="Score"/> and <see cref="Grades"/> is set.
/// </summary>
internal sealed class SeedRegime
{
    /// <summary>
    /// R2014 has no caps of the later kind: no share of its children holds a unit below its own level, short of
    /// making it YK (<see cref="MostFailingAllowed"/>). Declared before <see cref="Known"/>, which reads it.
    /// </summary>
    private static readonly ChildrenCapParameters NoCaps = new(1m, 0m, 0m, 0m, 0m);

    // IRuleSet does not expose its parameters, so the regimes are matched by name (a rule set is named after its
    // parameters) with the parameter records RuleSets builds them from.
    private static readonly SeedRegime[] Known =
        [Of(TsvmRuleParameters.R2014), Of(GradeRuleParameters.R2019), Of(GradeRuleParameters.R2023), Of(ScoreRuleParameters.R2025)];

    private SeedRegime(
        IRuleSet rules, ChildrenCapParameters caps, ScoreRuleParameters? score, GradeRuleParameters? grades, TsvmRuleParameters? tsvm = null)
    {
        Rules = rules;
        Caps = caps;
        Score = score;
        Grades = grades;
        Tsvm = tsvm;
    }

    public IRuleSet Rules { get; }

    public ChildrenCapParameters Caps { get; }

    public ScoreRuleParameters? Score { get; }

    public GradeRuleParameters? Grades { get; }

    /// <summary>The TSVM regime R2014's parameters: a score, two flags, and the YK shares of the children.</summary>
    public TsvmRuleParameters? Tsvm { get; }

    /// <summary>The floor of the share of targets met; R2014 reads no targets.</summary>
    public decimal TargetsMetMinPercent => Score?.TargetsMetMinPercent ?? Grades?.TargetsMetMinPercent ?? 0m;

    /// <summary>Null where more disciplined affiliates than a share is no hard fail.</summary>
    public decimal? AffiliatesMaxShare => Score is not null ? Score.AffiliatesMaxShare : Grades?.AffiliatesMaxShare;

    /// <summary>
    /// The most of <paramref name="rated"/> children that may be at the bottom rank (KHTNV, or YK) without making
    /// their parent so: R2014 takes a third of a đảng bộ's organizations and half of a chi bộ's members.
    /// </summary>
    public int MostFailingAllowed(int rated, bool members) => Tsvm is { } tsvm
        ? (members ? tsvm.MembersKhtnvMaxShare : tsvm.ChildOrganizationsYkMaxShare).MostNotAbove(rated)
        : Shares.MostNotAbove(Caps.KhtnvMaxShare, rated);

    public static SeedRegime Of(TsvmRuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new SeedRegime(new TsvmRules(parameters), NoCaps, null, null, parameters);
    }

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
