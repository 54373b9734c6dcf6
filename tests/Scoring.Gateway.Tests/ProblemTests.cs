using System.Net;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>Every error is a ProblemDetails (RFC 9457) that says what was wrong with the request.</summary>
public sealed class ProblemTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task An_unknown_unit_is_a_404_problem_that_names_the_unit()
    {
        var problem = await GetProblemAsync("/api/v1/years/2024/units/NO-SUCH-UNIT");

        Assert.Equal("Unknown unit", problem.Text("title"));
        Assert.Equal(404, problem.Int("status"));
        Assert.Contains("'NO-SUCH-UNIT'", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_year_is_a_404_problem_that_lists_the_years_there_are()
    {
        var problem = await GetProblemAsync("/api/v1/years/2030/units/HN");

        Assert.Equal("Unknown year", problem.Text("title"));
        Assert.Contains("2030", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Contains("2024", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_children_of_an_unknown_unit_are_a_404_problem()
    {
        var problem = await GetProblemAsync("/api/v1/years/2024/units/NO-SUCH-UNIT/children");

        Assert.Equal("Unknown unit", problem.Text("title"));
        Assert.Contains("'NO-SUCH-UNIT'", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_children_in_an_unknown_year_are_a_404_problem()
    {
        var problem = await GetProblemAsync("/api/v1/years/2030/units/HN/children");

        Assert.Equal("Unknown year", problem.Text("title"));
    }

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("%2B2024", "'+2024'")]
    [InlineData("2024.0", "'2024.0'")]
    [InlineData("02024", "'02024'")]
    [InlineData("%202024", "' 2024'")]
    [InlineData("2024%20", "'2024 '")]
    [InlineData("-2024", "'-2024'")]
    [InlineData("2147483647", "'2147483647'")]
    [InlineData("99999999999", "'99999999999'")]
    public async Task A_year_that_is_not_four_plain_digits_is_a_400_problem_that_says_so(string year, string quoted)
    {
        var problem = await GetProblemAsync($"/api/v1/years/{year}/units/HN", HttpStatusCode.BadRequest);

        Assert.Equal("Not a year", problem.Text("title"));
        Assert.Contains(quoted, problem.Text("detail"), StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetProblemAsync(string path, HttpStatusCode status = HttpStatusCode.NotFound)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var response = await gateway.Client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return document.RootElement.Clone();
    }
}
