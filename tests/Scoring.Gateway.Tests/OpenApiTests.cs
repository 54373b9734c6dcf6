namespace Scoring.Gateway.Tests;

public sealed class OpenApiTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_OpenAPI_document_names_the_years_route_and_the_two_unit_routes()
    {
        var document = await gateway.GetJsonAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.StartsWith("3.", document.Text("openapi"), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        Assert.Contains("/api/v1/years", paths);
        Assert.Contains("/api/v1/years/{year}/units/{id}", paths);
        Assert.Contains("/api/v1/years/{year}/units/{id}/children", paths);
        Assert.Equal(
            "GetUnit",
            document.GetProperty("paths").GetProperty("/api/v1/years/{year}/units/{id}").GetProperty("get").Text("operationId"));
    }

    [Theory]
    [InlineData("/api/v1/years/{year}/units/{id}", "200 304 400 404")]
    [InlineData("/api/v1/years/{year}/units/{id}/children", "200 400 404")]
    public async Task The_OpenAPI_document_says_a_unit_route_answers_problems_for_a_bad_year_and_an_unknown_unit(string path, string statuses)
    {
        var document = await gateway.GetJsonAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");
        Assert.Equal(statuses.Split(' '), responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.True(responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }
}
