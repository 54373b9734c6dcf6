using System.Net;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>The year imported again with another tree: the API serves the new one. This class has a store of its own.</summary>
public sealed class TreeChangeApiTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_a_cell_moved_and_another_removed_the_removed_one_is_not_found_and_both_parents_list_their_new_children()
    {
        // Pages answered before the import are kept by the Gateway; they must not be served again.
        Assert.Equal(["Q1-P1-C1", "Q1-P1-C2"], Units(await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1/children", Cancel)));
        Assert.Equal(["Q2-P1-C1", "Q2-P1-C2"], Units(await gateway.GetJsonAsync("/api/v1/years/2024/units/Q2-P1/children", Cancel)));
        string[] units =
        [
            .. SampleYear.Units
                .Where(line => !line.StartsWith("Q2-P1-C2,", StringComparison.Ordinal))
                .Select(line => line.StartsWith("Q1-P1-C2,", StringComparison.Ordinal) ? line.Replace(",Q1-P1,", ",Q2-P1,", StringComparison.Ordinal) : line),
        ];
        string[] members = [.. SampleYear.Members.Where(line => !line.StartsWith("Q2-P1-C2,", StringComparison.Ordinal))];

        await gateway.ReimportAsync(units, SampleYear.Assessments, members, Cancel);

        using var removed = await gateway.Client.GetAsync(new Uri("/api/v1/years/2024/units/Q2-P1-C2", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        Assert.Equal(["Q1-P1-C1"], Units(await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1/children", Cancel)));
        Assert.Equal(["Q1-P1-C2", "Q2-P1-C1"], Units(await gateway.GetJsonAsync("/api/v1/years/2024/units/Q2-P1/children", Cancel)));
        var moved = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C2", Cancel);
        Assert.Equal("Q2-P1", moved.Text("parent"));
        var city = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel);
        Assert.Equal(3, city.Tally("subtree", "cell").Int("total"));
    }

    private static string[] Units(JsonElement page) => [.. page.GetProperty("children").EnumerateArray().Select(child => child.Text("unit")!)];
}
