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
        var kinds = TallyDifference.ByKind(TallyView.ByKind(NationShaped, LevelNames.Since2018), TallyView.ByKind(KindTallies.Empty, LevelNames.Since2018));

        Assert.Equal(["city", "upper", "grassroots", "partial", "cell"], kinds.Keys);
        var cities = kinds["city"];
        Assert.Equal(new CountDifference(0, 4), cities.Total);
        Assert.Equal(new CountDifference(0, 2), cities.Httnv);
        Assert.Equal(new ShareDifference(null, null), cities.HttnvPlusShare);
    }

    [Fact]
    public void Cities_that_only_the_other_year_lists_are_compared_as_this_year_s_zeros()
    {
        var kinds = TallyDifference.ByKind(TallyView.ByKind(KindTallies.Empty, LevelNames.Since2018), TallyView.ByKind(NationShaped, LevelNames.Since2018));

        Assert.Equal(["city", "upper", "grassroots", "partial", "cell"], kinds.Keys);
        Assert.Equal(new CountDifference(4, -4), kinds["city"].Total);
        Assert.Equal(new ShareDifference(0.6667, null), kinds["city"].HttnvPlusShare);
    }

    [Theory]
    [InlineData("HTXSNV", "HTNV", 2)]
    [InlineData("KHTNV", "HTTNV", -2)]
    [InlineData("HTTNV", "HTTNV", 0)]
    [InlineData("NOT_RATED", "HTTNV", null)]
    [InlineData("HTNV", "PENDING", null)]
    public void A_level_s_difference_is_its_steps_above_the_other_and_none_when_either_was_not_rated(string mine, string other, int? steps) =>
        Assert.Equal(new LevelDifference(other, steps), LevelDifference.Between(mine, other));

    [Theory]
    [InlineData("HTXSNV", "TSVM", 0)]
    [InlineData("HTTNV", "YK", 2)]
    public void A_level_of_2014_to_2017_compares_by_its_place_TSVM_at_the_top_and_YK_at_the_bottom(string mine, string other, int steps) =>
        Assert.Equal(new LevelDifference(other, steps), LevelDifference.Between(mine, other));

    [Fact]
    public void A_share_s_difference_is_in_percentage_points_rounded_as_the_report_rounds()
    {
        Assert.Equal(new ShareDifference(0.1429, 19.04), ShareDifference.Between(0.3333, 0.1429));
        Assert.Equal(new ShareDifference(0.5, null), ShareDifference.Between(null, 0.5));
    }
}
