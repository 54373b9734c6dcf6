using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Silo.Access;

namespace Scoring.Gateway.Tests;

/// <summary>What needs a token, and what a missing, forged or expired one gets: 401 with a ProblemDetails and WWW-Authenticate.</summary>
public sealed class AuthenticationTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Guarded() =>
    [
        "/api/v1/years",
        "/api/v1/years/2024/units/HN",
        "/api/v1/years/2024/units/Q1/children",
        "/api/v1/years/2024/units/Q1/decisions",
        "/api/v1/years/2024/units/Q1/corrections",
        "/openapi/v1.json",
        "/metrics",
        "/dashboard",
    ];

    [Theory]
    [MemberData(nameof(Guarded))]
    public async Task A_request_without_a_token_is_a_401_problem_asking_for_a_bearer_token(string path)
    {
        using var client = gateway.CreateClientWithoutToken();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        await AssertUnauthorizedAsync(response, "Bearer");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_a_401_problem()
    {
        var forged = AccessTokens.Issue(new byte[64], "HN", AccessRoles.Operator, "mallory", TimeSpan.FromHours(1));

        using var response = await GetAsync("/api/v1/years/2024/units/HN", forged);

        await AssertUnauthorizedAsync(response, "Bearer error=\"invalid_token\"");
    }

    [Fact]
    public async Task An_expired_token_is_a_401_problem_saying_so()
    {
        var expired = gateway.Token("HN", AccessRoles.Operator, lifetime: TimeSpan.FromHours(1), issuedAt: DateTime.UtcNow.AddHours(-3));

        using var response = await GetAsync("/api/v1/years/2024/units/HN", expired);

        var problem = await AssertUnauthorizedAsync(response, "Bearer error=\"invalid_token\"");
        Assert.Contains("expired", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_with_an_unknown_role_is_a_401_problem()
    {
        using var response = await GetAsync("/api/v1/years/2024/units/HN", gateway.Token("HN", "admin"));

        await AssertUnauthorizedAsync(response, "Bearer error=\"invalid_token\"");
    }

    [Theory]
    [InlineData("/alive")]
    [InlineData("/health")]
    public async Task The_probes_answer_without_a_token(string path)
    {
        using var client = gateway.CreateClientWithoutToken();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_web_pages_files_are_served_without_a_token()
    {
        var page = Path.Combine(gateway.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>().WebRootPath, "access-test.txt");
        await File.WriteAllTextAsync(page, "no figures here", Cancel);
        try
        {
            using var client = gateway.CreateClientWithoutToken();

            using var response = await client.GetAsync(new Uri("/access-test.txt", UriKind.Relative), Cancel);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no figures here", await response.Content.ReadAsStringAsync(Cancel));
        }
        finally
        {
            File.Delete(page);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await gateway.Client.SendAsync(request, Cancel);
    }

    private static async Task<JsonElement> AssertUnauthorizedAsync(HttpResponseMessage response, string challenge)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith(challenge, response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(401, problem.RootElement.Int("status"));
        return problem.RootElement.Clone();
    }
}
