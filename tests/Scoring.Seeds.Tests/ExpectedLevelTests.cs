using Scoring.GrainInterfaces;

namespace Scoring.Seeds.Tests;

public sealed class ExpectedLevelTests
{
    [Theory]
    [MemberData(nameof(Years.Checked), MemberType = typeof(Years))]
    public void Rating_the_year_bottom_up_gives_every_unit_its_expected_level(SeedScale scale, int year)
    {
        var generated = Generated.Year(scale, year);

        var rated = BottomUp.Rate(generated);

        var wrong = generated.Assessments
            .Select((row, i) => (row.Unit, row.ExpectedLevel, Rated: rated[i]))
            .Where(x => x.ExpectedLevel != x.Rated)
            .Select(x => $"{x.Unit}: expected {x.ExpectedLevel.ToCode()}, rated {x.Rated.ToCode()}")
            .ToArray();
        Assert.Empty(wrong);
    }
}
