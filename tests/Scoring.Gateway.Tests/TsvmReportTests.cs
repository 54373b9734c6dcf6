using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>
/// A 2016 year (R2014) through the API: levels and tallies named TSVM and YK, clean and strong the TSVM count and not
/// derived, members in the 2018 names; a 2024 year in the same store keeps its own names.
/// </summary>
public sealed class TsvmReportTests(TsvmGatewayFixture gateway) : IClassFixture<TsvmGatewayFixture>
{
    private const string City = "/api/v1/years/2016/units/HN";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_2016_city_report_gives_its_level_as_TSVM()
    {
        var city = await gateway.GetJsonAsync(City, Cancel);

        Assert.Equal(2016, city.Int("year"));
        Assert.Equal("TSVM", city.Text("level"));
        Assert.Equal(["OWN_INPUTS"], city.ReasonCodes());
        Assert.Equal("Score 92 ≥ 90: TSVM.", city.GetProperty("reasons")[0].Text("sentence"));
    }

    [Fact]
    public async Task A_2016_tally_names_the_top_and_bottom_ranks_tsvm_and_yk_and_leaves_out_the_2018_names()
    {
        var city = await gateway.GetJsonAsync(City, Cancel);

        var grassroots = city.Tally("subtree", "grassroots");
        // G1 TSVM, G2 HTTNV, G3 YK.
        Assert.Equal((3, 0, 0, 3, 1, 1, 0, 1, 2), (grassroots.Int("total"), grassroots.Int("pending"), grassroots.Int("notRated"),
            grassroots.Int("rated"), grassroots.Int("tsvm"), grassroots.Int("httnv"), grassroots.Int("htnv"), grassroots.Int("yk"),
            grassroots.Int("httnvPlus")));
        Assert.Equal(0.6667, grassroots.GetProperty("httnvPlusShare").GetDouble(), 4);
        var names = grassroots.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.DoesNotContain("htxsnv", names);
        Assert.DoesNotContain("khtnv", names);
        Assert.DoesNotContain("htxsnvShareOfRated", names);
        Assert.DoesNotContain("htxsnvShareOfHttnvPlus", names);
        // C1 TSVM, C2 YK, C3 HTNV, C4 not rated.
        var cells = city.Tally("subtree", "cell");
        Assert.Equal((4, 1, 1, 1, 1), (cells.Int("total"), cells.Int("notRated"), cells.Int("tsvm"), cells.Int("htnv"), cells.Int("yk")));
    }

    [Fact]
    public async Task Clean_and_strong_up_to_2017_is_the_TSVM_count_and_not_derived()
    {
        var city = await gateway.GetJsonAsync(City, Cancel);

        var cleanStrong = city.Tally("subtree", "grassroots").GetProperty("cleanStrong");
        Assert.False(cleanStrong.GetProperty("derived").GetBoolean());
        Assert.Equal("TSVM", cleanStrong.Text("basis"));
        Assert.Equal(1, cleanStrong.Int("count"));
        Assert.Equal(0.3333, cleanStrong.GetProperty("share").GetDouble(), 4);
    }

    [Fact]
    public async Task Members_keep_the_2018_names_in_a_2016_report()
    {
        var city = await gateway.GetJsonAsync(City, Cancel);

        // HTXSNV 2+1 = 3, HTTNV 10+8+3+2+2+1 = 26, HTNV 1+1+1 = 3, KHTNV 1+3+2 = 6, not rated 1+2+1 = 4, disciplined 2.
        Assert.Equal((42, 4, 38, 3, 26, 3, 6, 29, 2), city.MemberCounts());
    }

    [Fact]
    public async Task A_chi_bo_co_so_with_more_than_half_of_its_members_KHTNV_is_YK()
    {
        var unit = await gateway.GetJsonAsync("/api/v1/years/2016/units/G3", Cancel);

        Assert.Equal("YK", unit.Text("level"));
        Assert.Equal(["OWN_INPUTS", "MEMBERS_KHTNV"], unit.ReasonCodes());
        Assert.Equal("HTTNV", (await gateway.GetJsonAsync("/api/v1/years/2016/units/G2", Cancel)).Text("level"));
    }

    [Fact]
    public async Task A_2016_children_page_names_each_child_s_level_in_the_R2014_codes()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2016/units/Q1/children", Cancel);

        var children = page.GetProperty("children").EnumerateArray().ToArray();
        Assert.Equal(["G1", "G2", "G3"], children.Select(child => child.Text("unit")));
        Assert.Equal(["TSVM", "HTTNV", "YK"], children.Select(child => child.Text("level")));
        Assert.Equal(1, children[0].Tally("subtree", "cell").Int("yk"));
    }

    [Fact]
    public async Task The_2024_report_in_the_same_store_keeps_the_2018_names_and_its_quota_shares()
    {
        var city = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel);

        Assert.Equal("HTTNV", city.Text("level"));
        var partial = city.Tally("subtree", "partial");
        var names = partial.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(
            ["total", "pending", "notRated", "rated", "htxsnv", "httnv", "htnv", "khtnv", "httnvPlus", "httnvPlusShare",
                "htxsnvShareOfRated", "htxsnvShareOfHttnvPlus", "cleanStrong"],
            names);
        // No partial unit is rated: the shares are null, and written.
        Assert.Equal(JsonValueKind.Null, partial.GetProperty("htxsnvShareOfRated").ValueKind);
        Assert.True(partial.GetProperty("cleanStrong").GetProperty("derived").GetBoolean());
    }
}
