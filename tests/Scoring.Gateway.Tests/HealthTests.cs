using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Scoring.Gateway.Tests;

/// <summary>/alive and /health: plain "Healthy" for probes, and a ProblemDetails naming what fails when not.</summary>
public sealed class HealthTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"scoring-gateway-health-{Guid.NewGuid():N}");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/alive")]
    [InlineData("/health")]
    public async Task A_healthy_Gateway_answers_Healthy_as_plain_text(string path)
    {
        using var response = await gateway.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task An_unhealthy_Gateway_answers_503_with_a_problem_naming_what_fails()
    {
        Directory.CreateDirectory(_root);
        using var host = new WebApplicationFactory<Program>();
        using var factory = host.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:scoring", $"Data Source={Path.Combine(_root, "scoring.db")}")
            .ConfigureTestServices(services => services.AddHealthChecks()
                .AddCheck("failing", () => HealthCheckResult.Unhealthy("The failing check fails."), tags: ["ready"])));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal((503, "Unhealthy"), (problem.RootElement.Int("status"), problem.RootElement.Text("title")));
        Assert.Equal("The failing check fails.", problem.RootElement.Text("detail"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
