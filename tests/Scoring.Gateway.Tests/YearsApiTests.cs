namespace Scoring.Gateway.Tests;

public sealed class YearsApiTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_years_list_holds_the_imported_year_and_nothing_else()
    {
        var years = await gateway.GetJsonAsync("/api/v1/years", TestContext.Current.CancellationToken);

        // The store is new and only 2024 was imported into it.
        Assert.Equal([2024], years.EnumerateArray().Select(year => year.GetInt32()));
    }
}
