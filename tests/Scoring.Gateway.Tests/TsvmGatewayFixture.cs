namespace Scoring.Gateway.Tests;

/// <summary>The Gateway of <see cref="GatewayFixture"/> with the 2016 year of <see cref="TsvmSampleYear"/> imported beside 2024.</summary>
public sealed class TsvmGatewayFixture : GatewayFixture, IAsyncLifetime
{
    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await ImportAsync(TsvmSampleYear.Write(Folder("2016")), TsvmSampleYear.Year, TestContext.Current.CancellationToken);
    }
}
