namespace Scoring.Gateway.Tests;

/// <summary>A changed input travels up the tree, grain to grain, and reaches the dashboard. This class has a store of its own.</summary>
public sealed class InputChangeTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_cell_reassessed_with_a_K_grade_turns_KHTNV_and_its_ancestors_follow()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var before = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", cancellationToken);
        Assert.Equal("HTTNV", before.Text("level"));
        Assert.Equal(0, before.Tally("subtree", "cell").Int("khtnv"));

        await gateway.ReassessAsync("Q1-P1-C1", "Q1-P1-C1,false,K,T,T,T,false,0,false,80", cancellationToken);

        // A K grade makes the cell KHTNV.
        var cell = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C1", cancellationToken);
        Assert.Equal("KHTNV", cell.Text("level"));
        Assert.Equal(["GRADE_K"], cell.ReasonCodes());

        // Q1-P1: 1 of its 2 rated cells KHTNV = 50% > 20%, so KHTNV whatever its own HTXSNV grades.
        var ward = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1", cancellationToken);
        Assert.Equal("KHTNV", ward.Text("level"));
        Assert.Contains("CHILDREN_KHTNV", ward.ReasonCodes());
        Assert.Equal((2, 0, 0, 2, 1, 0, 0, 1, 1), ward.Tally("direct", "cell").Counts());

        // Q1: Q1-P1 KHTNV and Q1-P2 HTNV (Q1-P3 not rated) = 1 of 2 KHTNV, so Q1 is KHTNV; the city in turn has
        // Q1 KHTNV and Q2 HTTNV = 1 of 2, so it is KHTNV too.
        var city = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", cancellationToken);
        Assert.Equal("KHTNV", city.Text("level"));
        Assert.Equal(["OWN_INPUTS", "CHILDREN_KHTNV", "CHILDREN_PENDING"], city.ReasonCodes());
        Assert.Equal((2, 0, 0, 2, 0, 1, 0, 1, 1), city.Tally("subtree", "upper").Counts());
        // Grassroots: Q2-P1 HTXSNV, Q1-P2 HTNV, Q1-P1 KHTNV, Q1-P3 not rated; 1 HTTNV+ of 3 rated.
        Assert.Equal((4, 0, 1, 3, 1, 0, 1, 1, 1), city.Tally("subtree", "grassroots").Counts());
        Assert.Equal(0.3333, city.Tally("subtree", "grassroots").GetProperty("httnvPlusShare").GetDouble(), 4);
        // Cells: C2 HTXSNV, Q2-P1-C1 HTTNV, C1 now KHTNV, Q2-P1-C2 still pending.
        Assert.Equal((4, 1, 0, 3, 1, 1, 0, 1, 2), city.Tally("subtree", "cell").Counts());
        // Members were not re-sent, so their totals do not move.
        Assert.Equal(before.MemberCounts(), city.MemberCounts());
    }
}
