using System.Text.Json;
using Scoring.GrainInterfaces;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>Levels are kept by rank; a year's names only change how they are written (DOMAIN.md §2).</summary>
public sealed class LevelNamesTests
{
    [Fact]
    public void The_2018_names_are_the_codes_every_level_always_had() =>
        Assert.All(Enum.GetValues<Level>(), level => Assert.Equal(level.ToCode(), LevelNames.Since2018.Code(level)));

    [Theory]
    [InlineData(Level.Htxsnv, "TSVM")]
    [InlineData(Level.Httnv, "HTTNV")]
    [InlineData(Level.Htnv, "HTNV")]
    [InlineData(Level.Khtnv, "YK")]
    [InlineData(Level.Pending, "PENDING")]
    [InlineData(Level.NotRated, "NOT_RATED")]
    public void R2014_names_the_top_rank_TSVM_and_the_bottom_one_YK(Level level, string code)
    {
        Assert.Equal(code, LevelNames.R2014.Code(level));
        Assert.True(LevelNames.R2014.TryParse(code, out var parsed));
        Assert.Equal(level, parsed);
    }

    [Theory]
    [InlineData("HTXSNV")]
    [InlineData("KHTNV")]
    [InlineData("tsvm")]
    [InlineData("")]
    public void R2014_does_not_read_the_names_of_other_years_or_other_cases(string code) =>
        Assert.False(LevelNames.R2014.TryParse(code, out _));

    [Fact]
    public void The_2018_names_do_not_read_TSVM_or_YK()
    {
        Assert.False(LevelNames.Since2018.TryParse("TSVM", out _));
        Assert.False(LevelNames.Since2018.TryParse("YK", out _));
        Assert.True(LevelNames.Since2018.TryParse("HTXSNV", out var top));
        Assert.Equal(Level.Htxsnv, top);
    }

    [Fact]
    public void The_JSON_of_the_2018_names_is_the_very_options_exports_always_used() =>
        Assert.Same(ScoringJson.Options, ScoringJson.For(LevelNames.Since2018));

    [Fact]
    public void The_JSON_of_the_R2014_names_writes_levels_and_tallies_in_its_codes_in_the_same_order()
    {
        var tally = new LevelTally(Pending: 1, NotRated: 2, Khtnv: 3, Htnv: 4, Httnv: 5, Htxsnv: 6);

        Assert.Equal("\"TSVM\"", JsonSerializer.Serialize(Level.Htxsnv, ScoringJson.For(LevelNames.R2014)));
        Assert.Equal("\"YK\"", JsonSerializer.Serialize(Level.Khtnv, ScoringJson.For(LevelNames.R2014)));
        Assert.Equal(
            """{"PENDING":1,"NOT_RATED":2,"YK":3,"HTNV":4,"HTTNV":5,"TSVM":6}""",
            JsonSerializer.Serialize(tally, ScoringJson.For(LevelNames.R2014)));
        Assert.Equal(
            """{"PENDING":1,"NOT_RATED":2,"KHTNV":3,"HTNV":4,"HTTNV":5,"HTXSNV":6}""",
            JsonSerializer.Serialize(tally, ScoringJson.Options));
    }

    [Fact]
    public void Member_tallies_keep_the_2018_codes_under_the_R2014_names()
    {
        var json = JsonSerializer.Serialize(Members(htxsnv: 1, khtnv: 2), ScoringJson.For(LevelNames.R2014));

        Assert.Contains("\"HTXSNV\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"KHTNV\":2", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_written_in_the_R2014_names_reads_back_the_same()
    {
        var tallies = Tallies((UnitKind.Cell, Level.Htxsnv, 2), (UnitKind.Cell, Level.Khtnv, 1), (UnitKind.Cell, Level.Pending, 4));
        var options = ScoringJson.For(LevelNames.R2014);

        var json = JsonSerializer.Serialize(tallies, options);
        var back = JsonSerializer.Deserialize<KindTallies>(json, options);

        Assert.Contains("\"TSVM\":2", json, StringComparison.Ordinal);
        Assert.DoesNotContain("HTXSNV", json, StringComparison.Ordinal);
        Assert.Equal(tallies, back);
        Assert.Equal(Level.Khtnv, JsonSerializer.Deserialize<Level>("\"YK\"", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Level>("\"KHTNV\"", options));
    }
}
