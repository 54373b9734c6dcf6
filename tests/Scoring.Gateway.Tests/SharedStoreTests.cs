using Scoring.Silo.Commands;

namespace Scoring.Gateway.Tests;

/// <summary>
/// A command run over the embedded store that a running Gateway serves: it goes through the Gateway's silo rather
/// than starting a second one, so the Gateway serves what the command changed. This class has a store of its own.
/// </summary>
public sealed class SharedStoreTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_run_year_while_the_Gateway_serves_the_store_is_delivered_through_the_Gateway_s_silo()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Assert.Equal("HTTNV", (await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", cancellationToken)).Text("level"));
        var folder = SampleYear.Write(
            Path.Combine(Path.GetDirectoryName(gateway.DatabasePath)!, "from-the-command-line"),
            SampleYear.AssessmentsWith("Q1-P1-C1", "Q1-P1-C1,false,K,T,T,T,false,0,false,80"));

        var exitCode = await SiloCommandLine.RunAsync(
            ["import", "--year", "2024", "--input", folder, "--store", gateway.DatabasePath], cancellationToken);

        Assert.Equal(0, exitCode);
        // The Gateway's own activations took the change: no stale figures.
        Assert.Equal("KHTNV", (await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C1", cancellationToken)).Text("level"));
        Assert.Equal("KHTNV", (await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", cancellationToken)).Text("level"));
    }
}
