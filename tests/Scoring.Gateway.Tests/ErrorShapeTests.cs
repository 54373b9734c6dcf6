using System.Net;
using System.Text;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>Whatever goes wrong, the Gateway answers with a ProblemDetails whose status is the response's.</summary>
public sealed class ErrorShapeTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Assessment = "/api/v1/years/2024/units/Q2-P1-C1/assessment";

    [Theory]
    [InlineData("GET", "/no/such/route", null, null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/years/2024", null, null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/years/2024/unit", null, null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/years/2024/units", null, null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/v1/years/2024/units/HN/children/extra", null, null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/openapi/v2.json", null, null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/years/2030/units/HN", null, null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/years/2024/units/NOWHERE/children", null, null, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/years/24/units/HN", null, null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/v1/years/2024/units/H%01N", null, null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/v1/years/2024/units/HN/children?limit=x", null, null, HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/v1/years", "{}", "application/json", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/api/v1/years/2024/units/HN", null, null, HttpStatusCode.MethodNotAllowed)]
    [InlineData("PUT", "/api/v1/years/2024/units/HN", "{}", "application/json", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", Assessment, null, null, HttpStatusCode.MethodNotAllowed)]
    [InlineData("PUT", Assessment, "politics=T", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("PUT", Assessment, "{\"politics\":", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("PUT", Assessment, "", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("PUT", Assessment, "[1,2]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "/api/v1/years/2024/units/NOWHERE/members", "{}", "application/json", HttpStatusCode.NotFound)]
    public async Task Every_error_is_a_problem_with_the_status_of_the_response(string method, string path, string? body, string? mediaType, HttpStatusCode status)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, mediaType!);
        }

        using var response = await gateway.Client.SendAsync(request, cancellationToken);

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal((int)status, problem.RootElement.Int("status"));
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.Text("title")), text);
    }

    [Theory]
    [InlineData("{\"politics\":")]
    [InlineData("")]
    public async Task A_body_that_is_not_JSON_is_a_400_problem_that_says_the_body_could_not_be_read(string body)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await gateway.Client.PutAsync(new Uri(Assessment, UriKind.Relative), content, cancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        Assert.Contains("body", problem.RootElement.Text("detail"), StringComparison.Ordinal);
    }
}
