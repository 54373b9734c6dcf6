namespace Scoring.Gateway.Tests;

/// <summary>The Gateway of <see cref="GatewayFixture"/> with <see cref="NationalYear"/>'s 2025 imported beside the sample's 2024.</summary>
public sealed class TwoYearsFixture : GatewayFixture
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await ImportAsync(NationalYear.Write(NewFolder("national")), TestContext.Current.CancellationToken, NationalYear.Year);
    }
}
