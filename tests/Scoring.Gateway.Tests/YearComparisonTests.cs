using Scoring.Gateway.Reports;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Tests;

/// <summary>The parts of a comparison of two years: kinds that only one year lists, levels, shares.</summary>
public sealed class YearComparisonTests
{
    private static readonly KindTallies NationShaped = KindTallies.Empty with { City = new LevelTally(0, 1, 0, 1, 2, 0) };

    [Fact]
    public void Cities_that_only_this_year_lists_are_compared_with_zeros_and_listed_first()
    {
        var kinds = TallyDifference.ByKind(TallyView.ByKind(NationShaped), TallyView.ByKind(KindTallies.Empty));

        Assert.Equal(["city", "upper", "grassroots", "partial", "cell"], kinds.Keys);
        var cities = kinds["city"];
        Assert.Equal(new CountDifference(0, 4), cities.Total);
        Assert.Equal(new CountDifference(0, 2), cities.Httnv);
        Assert.Equal(new ShareDifference(null, null), cities.HttnvPlusShare);
    }

    [Fact]
    public void Cities_that_only_the_other_year_lists_are_compared_as_this_year_s_zeros()
    {
        var kinds = TallyDifference.ByKind(TallyView.ByKind(KindTallies.Empty), TallyView.ByKind(NationShaped));

        Assert.Equal(["city", "upper", "grassroots", "partial", "cell"], kinds.Keys);
        Assert.Equal(new CountDifference(4, -4), kinds["city"].Total);
        Assert.Equal(new ShareDifference(0.6667, null), kinds["city"].HttnvPlusShare);
    }

    [Theory]
    [InlineData(Level.Htxsnv, Level.Htnv, 2)]
    [InlineData(Level.Khtnv, Level.Httnv, -2)]
    [InlineData(Level.Httnv, Level.Httnv, 0)]
    [InlineData(Level.NotRated, Level.Httnv, null)]
    [InlineData(Level.Htnv, Level.Pending, null)]
    public void A_level_s_difference_is_its_steps_above_the_other_and_none_when_either_was_not_rated(Level mine, Level other, int? steps) =>
        Assert.Equal(new LevelDifference(other, steps), LevelDifference.Between(mine, other));

    [Fact]
    public void A_share_s_difference_is_in_percentage_points_rounded_as_the_report_rounds()
    {
        Assert.Equal(new ShareDifference(0.1429, 19.04), ShareDifference.Between(0.3333, 0.1429));
        Assert.Equal(new ShareDifference(0.5, null), ShareDifference.Between(null, 0.5));
    }
}
