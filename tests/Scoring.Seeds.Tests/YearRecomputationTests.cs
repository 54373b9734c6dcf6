using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Seeds.Tests;

/// <summary>The generated years rated by the system's own from-scratch recomputation, as the silo will rate them.</summary>
public sealed class YearRecomputationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(SeedScale.Sample, 2016)]
    [InlineData(SeedScale.Sample, 2019)]
    [InlineData(SeedScale.Sample, 2024)]
    [InlineData(SeedScale.Sample, 2025)]
    [InlineData(SeedScale.City, 2024)]
    public void Recomputing_the_year_gives_every_unit_its_expected_level(SeedScale scale, int year)
    {
        var generated = Generated.Year(scale, year);

        var summaries = Recompute(generated);

        var wrong = generated.Assessments
            .Where(row => summaries[row.Unit].Level != row.ExpectedLevel)
            .Select(row => $"{row.Unit}: expected {row.ExpectedLevel.ToCode()}, recomputed {summaries[row.Unit].Level.ToCode()}")
            .ToArray();
        Assert.Empty(wrong);
    }

    [Fact]
    public void The_recomputed_city_scale_2024_tree_has_a_realistic_spread()
    {
        var generated = Generated.Year(SeedScale.City, 2024);

        var city = Recompute(generated)[generated.Units[0].Id];

        foreach (var kind in UnitKindCodes.Reported)
        {
            var t = city.Subtree.Of(kind);
            output.WriteLine($"{kind.ToCode()}: total {t.Total}, HTXSNV {t.Htxsnv}, HTTNV {t.Httnv}, HTNV {t.Htnv}, KHTNV {t.Khtnv}, not rated {t.NotRated}, pending {t.Pending}");
        }

        var m = city.Members;
        output.WriteLine($"members: total {m.Total}, HTXSNV {m.Htxsnv}, HTTNV {m.Httnv}, HTNV {m.Htnv}, KHTNV {m.Khtnv}, not rated {m.NotRated}, disciplined {m.Disciplined}");
        output.WriteLine($"city: {city.Level.ToCode()} ({string.Join(" ", city.Reasons.Select(r => r.Code))})");

        var grassroots = city.Subtree.Grassroots;
        Assert.True(city.Level >= Level.Khtnv, $"the city is {city.Level.ToCode()}");
        Assert.Equal(0, city.Subtree.AllKinds.Pending);
        Assert.Equal(19_478, city.Subtree.AllKinds.Total);
        Assert.True(grassroots.Httnv > grassroots.Htxsnv + grassroots.Htnv + grassroots.Khtnv, "HTTNV is the most common grassroots level");
        Assert.InRange((double)grassroots.Khtnv / grassroots.Total, 0.001, 0.05);
        Assert.InRange((double)grassroots.Htxsnv / grassroots.Total, 0.10, 0.20);
        Assert.Equal(generated.Members.Aggregate(MemberTally.Empty, (sum, row) => sum.Plus(row.Members)), m);
    }

    private static IReadOnlyDictionary<UnitId, UnitSummary> Recompute(SeedYear year) =>
        YearRecomputation.Recompute(
            year.Year,
            year.Units,
            year.Assessments.ToDictionary(a => a.Unit, a => a.Assessment),
            year.Members.ToDictionary(m => m.Unit, m => m.Members));
}
