using Microsoft.Extensions.DependencyInjection;

namespace Scoring.Gateway.Tests;

/// <summary>The latest year's root and its first children are loaded when the Gateway starts, for the first view.</summary>
public sealed class WarmUpTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_warm_up_loads_the_latest_year_s_root_and_its_children()
    {
        var warmUp = gateway.Factory.Services.GetRequiredService<LatestYearWarmUp>();

        var warmed = await warmUp.WarmAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(warmed);
        Assert.Equal((SampleYear.Year, "HN", 2), (warmed.Year, warmed.Root.Value, warmed.Children));
    }
}
