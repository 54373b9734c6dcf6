using Scoring.Grains.Rules;

namespace Scoring.Seeds.Tests;

public sealed class ExpectedLevelTests
{
    [Theory]
    [MemberData(nameof(Years.Checked), MemberType = typeof(Years))]
    public void Rating_the_year_bottom_up_gives_every_unit_its_expected_level(SeedScale scale, int year) =>
        Assert.Empty(BottomUp.Mismatches(Generated.Year(scale, year), RuleSets.ForYear(year)));
}
