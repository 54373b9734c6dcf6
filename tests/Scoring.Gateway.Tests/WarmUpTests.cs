using Microsoft.Extensions.DependencyInjection;

namespace Scoring.Gateway.Tests;

/// <summary>When the Gateway starts it asks itself for what the page's first view asks, so that view finds everything ready.</summary>
public sealed class WarmUpTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_warm_up_asks_for_the_latest_year_s_root_and_its_children_with_a_token_of_its_own()
    {
        var warmUp = gateway.Factory.Services.GetRequiredService<LatestYearWarmUp>();

        using var client = gateway.CreateClientWithoutToken();
        var warmed = await warmUp.WarmAsync(client, TestContext.Current.CancellationToken);

        Assert.NotNull(warmed);
        Assert.Equal((SampleYear.Year, "HN", 2), (warmed.Year, warmed.Root.Value, warmed.Children));
    }
}
