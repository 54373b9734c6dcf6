using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>GET /api/v1/years/{year}/units/{id} over the sample year (expected levels worked out in <see cref="SampleYear"/>).</summary>
public sealed class UnitReportTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string City = "/api/v1/years/2024/units/HN";

    [Fact]
    public async Task The_city_report_gives_its_level_and_the_reason_for_it()
    {
        var city = await gateway.GetJsonAsync(City, TestContext.Current.CancellationToken);

        Assert.Equal("HN", city.Text("unit"));
        Assert.Equal(2024, city.Int("year"));
        Assert.Equal("city", city.Text("kind"));
        Assert.Equal("Hà Nội", city.Text("name"));
        // Own grades T,T,T,T meet HTTNV; both districts are HTTNV, so no cap lowers it. The cell Q2-P1-C2 has no
        // assessment, so the city's level is marked provisional.
        Assert.Equal("HTTNV", city.Text("level"));
        Assert.Equal(["OWN_INPUTS", "CHILDREN_PENDING"], city.ReasonCodes());
        Assert.All(city.GetProperty("reasons").EnumerateArray(), reason => Assert.False(string.IsNullOrWhiteSpace(reason.Text("sentence"))));
        // Every unit's assessment and members have been applied, so the city has turned at least once.
        Assert.True(city.GetProperty("version").GetInt64() > 0);
    }

    [Fact]
    public async Task The_city_report_counts_its_subtree_per_kind_with_pending_and_not_rated_apart()
    {
        var city = await gateway.GetJsonAsync(City, TestContext.Current.CancellationToken);

        // Every kind is reported, even one the tree lacks, so a dashboard always finds the same keys.
        Assert.Equal(["upper", "grassroots", "partial", "cell"], city.Kinds("subtree"));
        Assert.Equal(0, city.Tally("subtree", "partial").GetProperty("total").GetInt32());
        // Q1 HTTNV, Q2 HTTNV.
        Assert.Equal((2, 0, 0, 2, 0, 2, 0, 0, 2), city.Tally("subtree", "upper").Counts());
        // Q1-P1 HTXSNV, Q1-P2 HTNV, Q1-P3 NOT_RATED, Q2-P1 HTXSNV: 3 rated, 2 of them HTTNV+.
        Assert.Equal((4, 0, 1, 3, 2, 0, 1, 0, 2), city.Tally("subtree", "grassroots").Counts());
        // Q1-P1-C1 HTTNV, Q1-P1-C2 HTXSNV, Q2-P1-C1 HTTNV, Q2-P1-C2 PENDING: 3 rated, all HTTNV+.
        Assert.Equal((4, 1, 0, 3, 1, 2, 0, 0, 3), city.Tally("subtree", "cell").Counts());
    }

    [Fact]
    public async Task The_city_report_gives_the_shares_of_rated_units_only()
    {
        var city = await gateway.GetJsonAsync(City, TestContext.Current.CancellationToken);

        var grassroots = city.Tally("subtree", "grassroots");
        // 2 HTTNV+ of 3 rated (the not-rated Q1-P3 is left out, not counted as a miss): 2/3 rounded to four places.
        Assert.Equal(0.6667, grassroots.GetProperty("httnvPlusShare").GetDouble(), 4);
        // Both HTTNV+ grassroots units are HTXSNV: 2/3 of the rated, 2/2 of the HTTNV+.
        Assert.Equal(0.6667, grassroots.GetProperty("htxsnvShareOfRated").GetDouble(), 4);
        Assert.Equal(1.0, grassroots.GetProperty("htxsnvShareOfHttnvPlus").GetDouble(), 4);
        // 3 HTTNV+ cells of 3 rated (the pending Q2-P1-C2 is left out).
        Assert.Equal(1.0, city.Tally("subtree", "cell").GetProperty("httnvPlusShare").GetDouble(), 4);
    }

    [Fact]
    public async Task Clean_and_strong_is_derived_from_HTTNV_plus_and_labelled_so()
    {
        var city = await gateway.GetJsonAsync(City, TestContext.Current.CancellationToken);

        var cleanStrong = city.Tally("subtree", "grassroots").GetProperty("cleanStrong");
        // From 2018 on, clean and strong is the HTTNV+ count: Q1-P1 and Q2-P1, 2 of 3 rated grassroots units.
        Assert.True(cleanStrong.GetProperty("derived").GetBoolean());
        Assert.Equal("HTTNV+", cleanStrong.Text("basis"));
        Assert.Equal(2, cleanStrong.Int("count"));
        Assert.Equal(0.6667, cleanStrong.GetProperty("share").GetDouble(), 4);
    }

    [Fact]
    public async Task The_city_report_counts_only_its_districts_as_direct_children()
    {
        var city = await gateway.GetJsonAsync(City, TestContext.Current.CancellationToken);

        Assert.Equal((2, 0, 0, 2, 0, 2, 0, 0, 2), city.Tally("direct", "upper").Counts());
        Assert.All(["grassroots", "partial", "cell"], kind => Assert.Equal(0, city.Tally("direct", kind).GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task The_city_report_sums_the_member_tallies_of_its_whole_subtree()
    {
        var city = await gateway.GetJsonAsync(City, TestContext.Current.CancellationToken);

        // members.csv summed over all five rows (the pending cell's 3 members count too):
        // HTXSNV 2+3+1+0+0 = 6, HTTNV 6+5+10+4+3 = 28, HTNV 2+0+3+1+0 = 6, KHTNV 1, not rated 1+2 = 3, disciplined 1;
        // rated 41, total 44, HTTNV+ 34.
        Assert.Equal((44, 3, 41, 6, 28, 6, 1, 34, 1), city.MemberCounts());
        // 34 / 41 = 0.82926… → 0.8293.
        Assert.Equal(0.8293, city.GetProperty("members").GetProperty("httnvPlusShare").GetDouble(), 4);
    }

    [Fact]
    public async Task A_grassroots_report_counts_its_cells_and_sums_their_member_tallies()
    {
        var ward = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1", TestContext.Current.CancellationToken);

        Assert.Equal("grassroots", ward.Text("kind"));
        Assert.Equal("Q1", ward.Text("parent"));
        // Own grades T,T,XS,T meet HTXSNV; cells HTTNV and HTXSNV are 100% HTTNV+, so no cap.
        Assert.Equal("HTXSNV", ward.Text("level"));
        Assert.All(["upper", "grassroots", "partial"], kind => Assert.Equal(0, ward.Tally("direct", kind).GetProperty("total").GetInt32()));
        Assert.Equal((2, 0, 0, 2, 1, 1, 0, 0, 2), ward.Tally("direct", "cell").Counts());
        // Cells have no children of their own, so the subtree is the direct children.
        Assert.Equal((2, 0, 0, 2, 1, 1, 0, 0, 2), ward.Tally("subtree", "cell").Counts());
        // C1 2/6/2/0 with 1 not rated, plus C2 3/5/0/0: HTXSNV 5, HTTNV 11, HTNV 2, rated 18, total 19, HTTNV+ 16.
        Assert.Equal((19, 1, 18, 5, 11, 2, 0, 16, 0), ward.MemberCounts());
    }

    [Fact]
    public async Task A_chi_bo_co_so_with_members_directly_is_capped_by_its_members()
    {
        var company = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P2", TestContext.Current.CancellationToken);

        // Own grades T,T,T,T meet HTTNV, but 1 of its 15 rated members is KHTNV, so only 14 of 15 are HTNV+ (< 100%):
        // capped at HTNV, and the reasons say both steps in order.
        Assert.Equal("HTNV", company.Text("level"));
        Assert.Equal(["OWN_INPUTS", "CHILDREN_BELOW_HTTNV"], company.ReasonCodes());
        Assert.All(company.Kinds("subtree"), kind => Assert.Equal(0, company.Tally("subtree", kind).GetProperty("total").GetInt32()));
        Assert.Equal((17, 2, 15, 1, 10, 3, 1, 11, 1), company.MemberCounts());
    }

    [Fact]
    public async Task A_cell_without_an_assessment_is_pending_and_says_so()
    {
        var cell = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q2-P1-C2", TestContext.Current.CancellationToken);

        Assert.Equal("PENDING", cell.Text("level"));
        Assert.Equal(["PENDING"], cell.ReasonCodes());
        Assert.Equal(JsonValueKind.Null, cell.GetProperty("score").ValueKind);
        // Its members.csv row (0/3/0/0) was applied even though no assessment came.
        Assert.Equal((3, 0, 3, 0, 3, 0, 0, 3, 0), cell.MemberCounts());
    }
}
