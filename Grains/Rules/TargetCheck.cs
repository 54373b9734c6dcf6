using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>How one unit stands against a target (DOMAIN.md §7), from its subtree's tallies alone.</summary>
public static class TargetCheck
{
    public static TargetResult Evaluate(Target target, KindTallies subtree, MemberTally members, IRuleSet rules)
    {
        var indicator = TargetIndicator.Parse(target.Indicator);
        var (count, rated) = indicator.Kind is { } kind
            ? Count(subtree.Of(kind), indicator.Measure, rules)
            : (indicator.Measure == TargetMeasure.KhtnvShare ? members.Khtnv : members.HttnvPlus, members.Rated);
        if (rated == 0)
        {
            return new TargetResult(target.Code, target.Indicator, target.Comparator, target.Value, Actual: null, Met: false);
        }

        // Compared without dividing, so a share such as 2/3 meets a value exactly as the fraction does.
        var met = TargetComparator.Holds(target.Comparator, 100m * count, target.Value * rated);
        var actual = decimal.Round(100m * count / rated, 2, MidpointRounding.AwayFromZero);
        return new TargetResult(target.Code, target.Indicator, target.Comparator, target.Value, actual, met);
    }

    private static (int Count, int Rated) Count(LevelTally tally, TargetMeasure measure, IRuleSet rules) => measure switch
    {
        TargetMeasure.HttnvPlusShare => (tally.HttnvPlus, tally.Rated),
        TargetMeasure.KhtnvShare => (tally.Khtnv, tally.Rated),
        _ => (rules.CleanStrong(tally), tally.Rated),
    };
}
