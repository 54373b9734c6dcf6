using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>GET /api/v1/years/{year}/units/{id}/children: a page of a unit's direct children, ordered by id.</summary>
public sealed class ChildrenApiTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_children_of_a_district_are_exactly_its_units_ordered_by_id_with_their_levels()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1/children", Cancel);

        // units.csv puts Q1-P1, Q1-P2 and Q1-P3 under Q1 (and Q2-P1 under Q2, which must not appear).
        // Levels as worked out in SampleYear: HTXSNV, HTNV (capped by its members), NOT_RATED.
        Assert.Equal(
            [("Q1-P1", "Q1", "grassroots", "HTXSNV"), ("Q1-P2", "Q1", "grassroots", "HTNV"), ("Q1-P3", "Q1", "grassroots", "NOT_RATED")],
            Children(page).Select(child => (child.Text("unit"), child.Text("parent"), child.Text("kind"), child.Text("level"))));
    }

    [Fact]
    public async Task Each_child_carries_its_own_roll_up()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q2-P1/children", Cancel);

        // Q2-P1-C1 was assessed (HTTNV, members 0/4/1/0); Q2-P1-C2 was not (PENDING, members 0/3/0/0).
        Assert.Equal(
            [("Q2-P1-C1", "HTTNV", 5), ("Q2-P1-C2", "PENDING", 3)],
            Children(page).Select(child => (child.Text("unit"), child.Text("level"), child.GetProperty("members").Int("total"))));
    }

    [Fact]
    public async Task A_child_on_a_page_carries_what_a_children_table_shows_and_nothing_of_its_explanation()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1/children", Cancel);

        Assert.All(Children(page), child => Assert.Equal(
            ["unit", "kind", "name", "parent", "level", "score", "version", "subtree", "members", "proposed", "decided", "exemplary"],
            child.EnumerateObject().Select(property => property.Name)));
    }

    [Theory]
    [InlineData("HN")]
    [InlineData("Q1")]
    [InlineData("Q1-P1")]
    public async Task Each_child_on_a_page_has_the_same_figures_as_its_own_report(string parent)
    {
        var page = await gateway.GetJsonAsync($"/api/v1/years/2024/units/{parent}/children", Cancel);

        Assert.NotEmpty(Children(page));
        foreach (var child in Children(page))
        {
            var report = await gateway.GetJsonAsync($"/api/v1/years/2024/units/{child.Text("unit")}", Cancel);
            foreach (var property in child.EnumerateObject())
            {
                Assert.Equal(report.GetProperty(property.Name).GetRawText(), property.Value.GetRawText());
            }
        }
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("gzip, deflate, br, zstd")]
    [InlineData("br;q=1.0, gzip;q=0.5")]
    [InlineData("GZIP;Q=0.5")]
    [InlineData("x-gzip")]
    [InlineData("*")]
    public async Task A_children_page_asked_for_gzip_comes_gzipped_and_unzips_to_the_same_page(string acceptEncoding)
    {
        const string Path = "/api/v1/years/2024/units/HN/children";
        using var plain = await gateway.Client.GetAsync(new Uri(Path, UriKind.Relative), Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        using var gzipped = await gateway.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, gzipped.StatusCode);
        Assert.Equal(["gzip"], gzipped.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", gzipped.Headers.Vary);
        await using var unzipped = new GZipStream(await gzipped.Content.ReadAsStreamAsync(Cancel), CompressionMode.Decompress);
        using var reader = new StreamReader(unzipped);
        Assert.Equal(await plain.Content.ReadAsStringAsync(Cancel), await reader.ReadToEndAsync(Cancel));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("br")]
    [InlineData("gzip;q=0")]
    [InlineData("gzip;q=0, *")]
    [InlineData("*;q=0")]
    public async Task A_children_page_comes_plain_unless_gzip_is_accepted(string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/years/2024/units/HN/children", UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await gateway.Client.SendAsync(request, Cancel);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(2, page.RootElement.Int("total"));
    }

    [Fact]
    public async Task A_HEAD_of_a_children_page_asked_for_gzip_has_the_gzipped_headers_and_no_body()
    {
        const string Path = "/api/v1/years/2024/units/HN/children";
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(Path, UriKind.Relative));
        get.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var gzipped = await gateway.Client.SendAsync(get, Cancel);
        using var head = new HttpRequestMessage(HttpMethod.Head, new Uri(Path, UriKind.Relative));
        head.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");

        using var response = await gateway.Client.SendAsync(head, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal((await gzipped.Content.ReadAsByteArrayAsync(Cancel)).Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task A_cell_has_no_children()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C1/children", Cancel);

        Assert.Equal(0, page.Int("total"));
        Assert.Empty(Children(page));
    }

    [Fact]
    public async Task A_children_page_without_a_query_starts_at_0_with_a_limit_of_50_and_gives_the_total()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1/children", Cancel);

        Assert.Equal((3, 0, 50), (page.Int("total"), page.Int("offset"), page.Int("limit")));
        Assert.Equal(["total", "offset", "limit", "children"], page.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task A_children_page_gives_the_children_from_the_offset_up_to_the_limit()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1/children?offset=1&limit=1", Cancel);

        Assert.Equal((3, 1, 1), (page.Int("total"), page.Int("offset"), page.Int("limit")));
        Assert.Equal(["Q1-P2"], Children(page).Select(child => child.Text("unit")));
    }

    [Fact]
    public async Task The_last_children_page_holds_what_is_left()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1/children?offset=2&limit=2", Cancel);

        Assert.Equal(["Q1-P3"], Children(page).Select(child => child.Text("unit")));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(2147483647)]
    public async Task A_children_page_at_or_beyond_the_end_is_empty_with_the_total(int offset)
    {
        var page = await gateway.GetJsonAsync($"/api/v1/years/2024/units/Q1/children?offset={offset}", Cancel);

        Assert.Equal((3, offset), (page.Int("total"), page.Int("offset")));
        Assert.Empty(Children(page));
    }

    [Fact]
    public async Task A_limit_of_0_answers_only_the_total()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1/children?limit=0", Cancel);

        Assert.Equal((3, 0), (page.Int("total"), page.Int("limit")));
        Assert.Empty(Children(page));
    }

    [Fact]
    public async Task The_largest_limit_1000_is_allowed()
    {
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1/children?limit=1000", Cancel);

        Assert.Equal(1000, page.Int("limit"));
        Assert.Equal(3, Children(page).Count());
    }

    [Theory]
    [InlineData("offset=-1", "offset")]
    [InlineData("offset=abc", "offset")]
    [InlineData("offset=", "offset")]
    [InlineData("offset=%2B1", "offset")]
    [InlineData("offset=%201", "offset")]
    [InlineData("offset=1.0", "offset")]
    [InlineData("offset=2147483648", "offset")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=99999999999", "limit")]
    public async Task A_bad_offset_or_limit_is_a_validation_problem_keyed_by_the_query_field(string query, string field)
    {
        using var response = await gateway.Client.GetAsync(new Uri($"/api/v1/years/2024/units/Q1/children?{query}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(error => error.Name));
    }

    [Fact]
    public async Task A_bad_offset_and_a_bad_limit_are_both_named()
    {
        using var response = await gateway.Client.GetAsync(new Uri("/api/v1/years/2024/units/Q1/children?offset=-5&limit=5000", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(["limit", "offset"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
    }

    private static JsonElement.ArrayEnumerator Children(JsonElement page) => page.GetProperty("children").EnumerateArray();
}
