using System.Net;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>
/// GET .../units/{id}/children?orderBy=score|httnvPlusShare|khtnv&amp;desc=true: the children ranked before the page is
/// taken, over <see cref="NationalYear"/>'s 2025, whose figures are worked out there.
/// </summary>
public sealed class ChildrenOrderTests(TwoYearsFixture gateway) : IClassFixture<TwoYearsFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("VN", "score", "false", "DN HN HP HUE")]
    [InlineData("VN", "score", "true", "HN HP DN HUE")]
    [InlineData("VN", "httnvPlusShare", "false", "HP HUE HN DN")]
    [InlineData("VN", "httnvPlusShare", "true", "HN HP HUE DN")]
    [InlineData("VN", "khtnv", "false", "DN HN HP HUE")]
    [InlineData("VN", "khtnv", "true", "HP HUE DN HN")]
    [InlineData("VN", "id", "false", "DN HN HP HUE")]
    [InlineData("VN", "id", "true", "HUE HP HN DN")]
    [InlineData("HN", "score", "false", "HN-P2 HN-P4 HN-P1 HN-P3")]
    [InlineData("HN", "score", "true", "HN-P1 HN-P2 HN-P4 HN-P3")]
    public async Task Children_are_ranked_by_the_key_either_way_with_missing_figures_last_and_equal_ones_by_id(
        string unit, string orderBy, string desc, string expected)
    {
        var page = await gateway.GetJsonAsync($"/api/v1/years/2025/units/{unit}/children?orderBy={orderBy}&desc={desc}", Cancel);

        Assert.Equal(expected.Split(' '), Ids(page));
    }

    [Fact]
    public async Task Without_desc_the_order_is_ascending()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2025/units/VN/children?orderBy=score", Cancel);

        Assert.Equal(["DN", "HN", "HP", "HUE"], Ids(page));
    }

    [Fact]
    public async Task The_page_is_taken_after_ordering_and_the_total_is_every_child()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2025/units/VN/children?orderBy=score&desc=true&offset=1&limit=2", Cancel);

        Assert.Equal((4, 1, 2), (page.Int("total"), page.Int("offset"), page.Int("limit")));
        Assert.Equal(["HP", "DN"], Ids(page));
        Assert.Equal(["total", "offset", "limit", "children"], page.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task Pages_of_the_same_children_in_different_orders_are_not_mistaken_for_one_another()
    {
        const string Children = "/api/v1/years/2025/units/VN/children?limit=2";

        Assert.Equal(["DN", "HN"], Ids(await gateway.GetJsonAsync(Children, Cancel)));
        Assert.Equal(["HN", "HP"], Ids(await gateway.GetJsonAsync($"{Children}&orderBy=score&desc=true", Cancel)));
        Assert.Equal(["HN", "HP"], Ids(await gateway.GetJsonAsync($"{Children}&orderBy=httnvPlusShare&desc=true", Cancel)));
        Assert.Equal(["HP", "HUE"], Ids(await gateway.GetJsonAsync($"{Children}&orderBy=httnvPlusShare", Cancel)));
        Assert.Equal(["HUE", "HP"], Ids(await gateway.GetJsonAsync($"{Children}&desc=true", Cancel)));
        Assert.Equal(["DN", "HN"], Ids(await gateway.GetJsonAsync(Children, Cancel)));
    }

    [Fact]
    public async Task A_ranked_page_carries_each_child_s_whole_report()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2025/units/VN/children?orderBy=khtnv&desc=true&limit=1", Cancel);

        var hp = Assert.Single(page.GetProperty("children").EnumerateArray());
        Assert.Equal(("HP", "KHTNV", 85m), (hp.Text("unit"), hp.Text("level"), hp.GetProperty("score").GetDecimal()));
        Assert.Equal(1, hp.Tally("subtree", "grassroots").Int("khtnv"));
    }

    [Theory]
    [InlineData("orderBy=name", "orderBy", "'name' is not an order: use one of id, score, httnvPlusShare, khtnv.")]
    [InlineData("orderBy=Score", "orderBy", "'Score' is not an order: use one of id, score, httnvPlusShare, khtnv.")]
    [InlineData("orderBy=", "orderBy", "'' is not an order: use one of id, score, httnvPlusShare, khtnv.")]
    [InlineData("orderBy=score&desc=yes", "desc", "'yes' is not a direction: use one of false, true.")]
    [InlineData("desc=1", "desc", "'1' is not a direction: use one of false, true.")]
    [InlineData("desc=TRUE", "desc", "'TRUE' is not a direction: use one of false, true.")]
    public async Task A_bad_order_is_a_validation_problem_keyed_by_the_field_listing_the_allowed_values(string query, string field, string message)
    {
        using var response = await gateway.Client.GetAsync(new Uri($"/api/v1/years/2025/units/VN/children?{query}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateObject());
        Assert.Equal(field, error.Name);
        Assert.Equal([message], error.Value.EnumerateArray().Select(text => text.GetString()));
    }

    [Fact]
    public async Task A_bad_order_and_a_bad_limit_are_both_named()
    {
        using var response = await gateway.Client.GetAsync(new Uri("/api/v1/years/2025/units/VN/children?orderBy=name&desc=no&limit=5000", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(["desc", "limit", "orderBy"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
    }

    private static string[] Ids(JsonElement page) => [.. page.GetProperty("children").EnumerateArray().Select(child => child.Text("unit") ?? "")];
}
