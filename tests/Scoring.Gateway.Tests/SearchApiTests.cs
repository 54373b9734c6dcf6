using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>Finding units by id or name, ignoring case and diacritics.</summary>
public sealed class SearchApiTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("phuong dong", "Q2-P1")]
    [InlineData("PHƯỜNG ĐÔNG", "Q2-P1")]
    [InlineData("  cong   ty a ", "Q1-P2")]
    [InlineData("ha noi", "HN")]
    [InlineData("q2-p1-c2", "Q2-P1-C2")]
    public async Task Part_of_a_name_or_an_id_finds_the_unit_whatever_its_case_and_marks(string text, string unit)
    {
        var found = await gateway.GetJsonAsync($"/api/v1/years/2024/units?q={Uri.EscapeDataString(text)}", Cancel);

        var first = found.EnumerateArray().First();
        Assert.Equal(unit, first.Text("id"));
    }

    [Fact]
    public async Task A_result_names_the_unit_its_kind_and_its_parent()
    {
        var found = await gateway.GetJsonAsync("/api/v1/years/2024/units?q=dong", Cancel);

        var unit = Assert.Single(found.EnumerateArray());
        Assert.Equal(
            ["id", "parent", "kind", "name"],
            unit.EnumerateObject().Select(property => property.Name));
        Assert.Equal(("Q2-P1", "Q2", "grassroots", "Đảng bộ phường Đông"), (unit.Text("id"), unit.Text("parent"), unit.Text("kind"), unit.Text("name")));
    }

    [Fact]
    public async Task A_token_finds_only_its_unit_and_the_units_below_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/years/2024/units?q=Q&limit=100", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Token("Q1-P1", "viewer"));
        using var response = await gateway.Client.SendAsync(request, Cancel);

        using var found = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(
            ["Q1-P1", "Q1-P1-C1", "Q1-P1-C2"],
            found.RootElement.EnumerateArray().Select(unit => unit.Text("id")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_id_itself_comes_first_then_ids_that_start_with_it_then_names_nearer_the_root_first()
    {
        var found = await gateway.GetJsonAsync("/api/v1/years/2024/units?q=Q1-P1", Cancel);

        Assert.Equal(["Q1-P1", "Q1-P1-C1", "Q1-P1-C2"], found.EnumerateArray().Select(unit => unit.Text("id")));
        var phuong = await gateway.GetJsonAsync("/api/v1/years/2024/units?q=phuong", Cancel);
        Assert.Equal(["Q1-P1", "Q1-P3", "Q2-P1"], phuong.EnumerateArray().Select(unit => unit.Text("id")));
    }

    [Fact]
    public async Task The_limit_caps_the_results()
    {
        var found = await gateway.GetJsonAsync("/api/v1/years/2024/units?q=chi%20bo&limit=2", Cancel);

        Assert.Equal(2, found.GetArrayLength());
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=HN&limit=0", "limit")]
    [InlineData("q=HN&limit=101", "limit")]
    [InlineData("q=HN&limit=-1", "limit")]
    [InlineData("q=HN&limit=ten", "limit")]
    public async Task A_search_without_text_or_with_a_bad_limit_is_a_validation_problem_keyed_by_the_field(string query, string field)
    {
        using var response = await gateway.Client.GetAsync(new Uri($"/api/v1/years/2024/units?{query}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal([field], problem.RootElement.GetProperty("errors").EnumerateObject().Select(error => error.Name));
    }

    [Theory]
    [InlineData("/api/v1/years/2030/units?q=HN", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/years/24/units?q=HN", HttpStatusCode.BadRequest)]
    public async Task An_unknown_year_or_one_that_is_not_a_year_is_a_problem(string path, HttpStatusCode status)
    {
        using var response = await gateway.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
