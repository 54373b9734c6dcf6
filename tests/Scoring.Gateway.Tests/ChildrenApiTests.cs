namespace Scoring.Gateway.Tests;

public sealed class ChildrenApiTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_children_of_a_district_are_exactly_its_units_ordered_by_id_with_their_levels()
    {
        var children = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1/children", TestContext.Current.CancellationToken);

        // units.csv puts Q1-P1, Q1-P2 and Q1-P3 under Q1 (and Q2-P1 under Q2, which must not appear).
        // Levels as worked out in SampleYear: HTXSNV, HTNV (capped by its members), NOT_RATED.
        Assert.Equal(
            [("Q1-P1", "Q1", "grassroots", "HTXSNV"), ("Q1-P2", "Q1", "grassroots", "HTNV"), ("Q1-P3", "Q1", "grassroots", "NOT_RATED")],
            children.EnumerateArray().Select(child => (child.Text("unit"), child.Text("parent"), child.Text("kind"), child.Text("level"))));
    }

    [Fact]
    public async Task Each_child_carries_its_own_roll_up()
    {
        var children = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q2-P1/children", TestContext.Current.CancellationToken);

        // Q2-P1-C1 was assessed (HTTNV, members 0/4/1/0); Q2-P1-C2 was not (PENDING, members 0/3/0/0).
        Assert.Equal(
            [("Q2-P1-C1", "HTTNV", 5), ("Q2-P1-C2", "PENDING", 3)],
            children.EnumerateArray().Select(child => (child.Text("unit"), child.Text("level"), child.GetProperty("members").Int("total"))));
    }

    [Fact]
    public async Task A_cell_has_no_children()
    {
        var children = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C1/children", TestContext.Current.CancellationToken);

        Assert.Empty(children.EnumerateArray());
    }
}
