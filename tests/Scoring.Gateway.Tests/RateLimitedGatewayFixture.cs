using Microsoft.AspNetCore.Hosting;

namespace Scoring.Gateway.Tests;

/// <summary>The Gateway of <see cref="GatewayFixture"/> with a bucket of two requests per token, refilled with one a second.</summary>
public sealed class RateLimitedGatewayFixture : GatewayFixture
{
    protected override void Configure(IWebHostBuilder builder) => builder
        .UseSetting("RateLimits:Burst", "2")
        .UseSetting("RateLimits:PermitsPerSecond", "1");
}
