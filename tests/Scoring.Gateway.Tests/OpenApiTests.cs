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
}
