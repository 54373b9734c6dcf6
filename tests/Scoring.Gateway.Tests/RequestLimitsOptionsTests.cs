using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Scoring.Gateway.Tests;

/// <summary>The Gateway's request limits are checked as it starts: one it cannot keep stops it with the setting named.</summary>
public sealed class RequestLimitsOptionsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"scoring-gateway-limits-{Guid.NewGuid():N}");

    [Theory]
    [InlineData("MaxRequestTargetLength", "65537")]
    [InlineData("MaxRequestHeaderCount", "0")]
    public void A_limit_beyond_the_server_s_ceiling_or_below_any_use_stops_the_Gateway_from_starting(string setting, string value)
    {
        Directory.CreateDirectory(_root);
        using var host = new WebApplicationFactory<Program>();
        using var factory = host.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:scoring", $"Data Source={Path.Combine(_root, "scoring.db")}")
            .UseSetting($"RequestLimits:{setting}", value));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
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
