using System.Text.Json;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>A nation above its cities (DOMAIN.md §1): cities are counted as their own kind, and a city's tallies keep their shape.</summary>
public sealed class NationRollUpTests
{
    [Fact]
    public void A_nation_counts_its_cities_as_a_kind_of_their_own_and_everything_below_them()
    {
        var hanoi = Tallies((UnitKind.Upper, Level.Httnv, 30), (UnitKind.Grassroots, Level.Htxsnv, 2_310));
        var haiPhong = Tallies((UnitKind.Grassroots, Level.Htnv, 900));
        var nation = State("VN", UnitKind.Nation, parent: null, 2024, depth: 0,
            Report("HN", UnitKind.City, 1, Level.Htxsnv, subtree: hanoi, members: Members(htxsnv: 10)),
            Report("HP", UnitKind.City, 1, Level.Httnv, subtree: haiPhong, members: Members(httnv: 5)),
            Report("CT", UnitKind.City, 1, Level.NotRated)) with { Assessment = Own(2024, Level.Htxsnv) };

        var summary = RollUp.Summarize(nation, RuleSets.R2023);

        Assert.Equal(new LevelTally(0, 1, 0, 0, 1, 1), summary.Direct.City);
        Assert.Equal(new LevelTally(0, 1, 0, 0, 1, 1), summary.Subtree.City);
        Assert.Equal(3, summary.Subtree.Of(UnitKind.City).Total);
        Assert.Equal(2_310 + 900, summary.Subtree.Grassroots.Total);
        Assert.Equal(30, summary.Subtree.Upper.Total);
        Assert.Equal(Members(htxsnv: 10, httnv: 5), summary.Members);
        Assert.Equal(2, summary.Direct.AllKinds.Rated);
    }

    [Fact]
    public void A_city_s_tallies_have_no_city_kind_and_serialize_as_they_always_did()
    {
        var city = Tallies((UnitKind.Upper, Level.Httnv, 1));

        var json = JsonSerializer.Serialize(city);

        Assert.Null(city.City);
        Assert.Equal(0, city.Of(UnitKind.City).Total);
        Assert.DoesNotContain("City", json, StringComparison.Ordinal);
        Assert.Equal(city, JsonSerializer.Deserialize<KindTallies>(json));
    }

    [Fact]
    public void Tallies_with_cities_keep_them_through_addition_and_serialization()
    {
        var one = Tallies((UnitKind.City, Level.Htxsnv, 2));
        var other = Tallies((UnitKind.Cell, Level.Htnv, 4));

        var both = one.Plus(other);

        Assert.Equal(2, both.City!.Htxsnv);
        Assert.Equal(4, both.Cell.Htnv);
        Assert.Equal(both, JsonSerializer.Deserialize<KindTallies>(JsonSerializer.Serialize(both)));
        Assert.Equal(both, other.Plus(one));
    }

    [Fact]
    public void Nation_is_the_code_nation_both_ways()
    {
        Assert.Equal("nation", UnitKind.Nation.ToCode());
        Assert.True(UnitKindCodes.TryParse("nation", out var kind));
        Assert.Equal(UnitKind.Nation, kind);
    }
}
