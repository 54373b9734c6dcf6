using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests.Rules;

public sealed class RuleSetsTests
{
    [Theory]
    [InlineData(2018, "R2019")]
    [InlineData(2022, "R2019")]
    [InlineData(2023, "R2023")]
    [InlineData(2024, "R2023")]
    [InlineData(2025, "R2025")]
    [InlineData(2030, "R2025")]
    public void The_rating_year_picks_the_regime(int year, string regime) =>
        Assert.Equal(regime, RuleSets.ForYear(year).Name);

    [Fact]
    public void Years_of_the_R2014_regime_are_refused_with_a_message() =>
        Assert.Contains("R2014", Assert.Throws<ArgumentOutOfRangeException>(() => RuleSets.ForYear(2017)).Message);
}
