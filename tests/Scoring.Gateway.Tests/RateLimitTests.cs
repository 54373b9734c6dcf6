using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Scoring.Silo.Access;

namespace Scoring.Gateway.Tests;

/// <summary>With a bucket of two requests refilled once a second, a token's third request is a 429 problem.</summary>
public sealed class RateLimitTests(RateLimitedGatewayFixture gateway) : IClassFixture<RateLimitedGatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_over_its_rate_gets_a_429_problem_with_Retry_After_while_another_token_goes_on()
    {
        var busy = gateway.Token("HN", AccessRoles.Viewer, name: "busy");
        var other = gateway.Token("HN", AccessRoles.Viewer, name: "other");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var answer = await GetAsync("/api/v1/years", busy);
            statuses.Add(answer.StatusCode);
        }

        using var rejected = await GetAsync("/api/v1/years", busy);
        using var another = await GetAsync("/api/v1/years", other);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.True(rejected.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {rejected.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(429, problem.RootElement.Int("status"));
        Assert.Equal(HttpStatusCode.OK, another.StatusCode);
    }

    [Fact]
    public async Task The_probes_are_never_limited()
    {
        using var client = gateway.CreateClientWithoutToken();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/alive", UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await gateway.Client.SendAsync(request, Cancel);
    }
}
