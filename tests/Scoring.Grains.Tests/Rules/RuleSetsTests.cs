using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests.Rules;

public sealed class RuleSetsTests
{
    [Theory]
    [InlineData(2014, "R2014")]
    [InlineData(2016, "R2014")]
    [InlineData(2017, "R2014")]
    [InlineData(2018, "R2019")]
    [InlineData(2022, "R2019")]
    [InlineData(2023, "R2023")]
    [InlineData(2024, "R2023")]
    [InlineData(2025, "R2025")]
    [InlineData(2030, "R2025")]
    public void The_rating_year_picks_the_regime(int year, string regime) =>
        Assert.Equal(regime, RuleSets.ForYear(year).Name);

    [Theory]
    [InlineData(2013)]
    [InlineData(1990)]
    public void Years_before_2014_are_refused_with_a_message_that_names_the_first_year(int year)
    {
        Assert.False(RuleSets.TryForYear(year, out _));
        Assert.Contains("before 2014", Assert.Throws<ArgumentOutOfRangeException>(() => RuleSets.ForYear(year)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2014, "TSVM", "YK")]
    [InlineData(2017, "TSVM", "YK")]
    [InlineData(2018, "HTXSNV", "KHTNV")]
    [InlineData(2025, "HTXSNV", "KHTNV")]
    public void The_rating_year_picks_the_names_of_the_top_and_bottom_ranks(int year, string top, string bottom)
    {
        var names = RuleSets.ForYear(year).Names;

        Assert.Equal(
            (top, "HTTNV", "HTNV", bottom),
            (names.Code(Level.Htxsnv), names.Code(Level.Httnv), names.Code(Level.Htnv), names.Code(Level.Khtnv)));
    }
}
