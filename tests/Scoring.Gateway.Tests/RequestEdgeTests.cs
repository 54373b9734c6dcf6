using System.Net;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>
/// Requests no client should send (an address or headers too large, a unit id with control characters) are refused
/// with a ProblemDetails that says what was wrong, on any server the Gateway runs on.
/// </summary>
public abstract class RequestEdgeTests(GatewayFixture gateway)
{
    private const string UnitsPath = "/api/v1/years/2024/units/";

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_ten_kilobyte_address_is_a_414_problem()
    {
        using var response = await gateway.Client.GetAsync(new Uri(UnitsPath + new string('Q', 10_000), UriKind.Relative), Cancel);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestUriTooLong);
        Assert.Equal("Address too long", problem.Text("title"));
        Assert.Contains("8192", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_of_exactly_the_limit_is_read_and_one_character_more_is_not()
    {
        var atLimit = UnitsPath + new string('Q', 8192 - UnitsPath.Length);

        using var read = await gateway.Client.GetAsync(new Uri(atLimit, UriKind.Relative), Cancel);
        using var refused = await gateway.Client.GetAsync(new Uri(atLimit + "Q", UriKind.Relative), Cancel);

        Assert.Equal("Unknown unit", (await ProblemAsync(read, HttpStatusCode.NotFound)).Text("title"));
        await ProblemAsync(refused, HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task A_forty_kilobyte_header_is_a_431_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(UnitsPath + "HN", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-Padding", new string('x', 40 * 1024));

        using var response = await gateway.Client.SendAsync(request, Cancel);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge);
        Assert.Equal("Request headers too large", problem.Text("title"));
    }

    [Fact]
    public async Task Two_hundred_headers_are_a_431_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(UnitsPath + "HN", UriKind.Relative));
        for (var header = 0; header < 200; header++)
        {
            request.Headers.TryAddWithoutValidation($"X-Header-{header}", "x");
        }

        using var response = await gateway.Client.SendAsync(request, Cancel);

        Assert.Equal("Too many request headers", (await ProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge)).Text("title"));
    }

    // A NUL (%00) never reaches the app: ASP.NET Core's decoder refuses the path (see RequestEdgeOnKestrelTests).
    [Theory]
    [InlineData("%01")]
    [InlineData("H%0AN")]
    [InlineData("HN%09")]
    [InlineData("HN%1F")]
    [InlineData("HN%7F")]
    [InlineData("HN%C2%85")]
    public async Task A_unit_id_with_a_control_character_is_a_400_problem_naming_the_id(string id)
    {
        using var unit = await gateway.Client.GetAsync(new Uri(UnitsPath + id, UriKind.Relative), Cancel);
        using var children = await gateway.Client.GetAsync(new Uri(UnitsPath + id + "/children", UriKind.Relative), Cancel);
        using var body = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var correction = await gateway.Client.PutAsync(new Uri(UnitsPath + id + "/members", UriKind.Relative), body, Cancel);

        foreach (var response in new[] { unit, children, correction })
        {
            var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
            Assert.Equal(["id"], errors.EnumerateObject().Select(error => error.Name));
        }
    }

    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        Assert.Equal((int)status, document.RootElement.Int("status"));
        return document.RootElement.Clone();
    }
}
