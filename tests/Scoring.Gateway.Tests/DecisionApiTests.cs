using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>
/// The deciding committees' decisions through the API (DOMAIN.md §5): the final level flows to the root, the rules'
/// proposal stays visible, and every decision is kept in the unit's trail. This class has a store of its own, and
/// each test decides for units the others do not read.
/// </summary>
public sealed class DecisionApiTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_decided_level_is_final_up_to_the_root_and_a_second_decision_replaces_the_first_in_the_trail()
    {
        var committee = gateway.Token("Q2-P1", "committee", name: "Ban Thường vụ Đảng ủy Q2-P1");
        using var first = await PutAsync("Q2-P1-C1", new { level = "KHTNV", note = "Vi phạm", exemplary = false }, token: committee);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var cell = await ReadAsync(first);
        Assert.Equal(("KHTNV", "HTTNV", "KHTNV", "Vi phạm"), (cell.Text("level"), cell.Text("proposed"), cell.Text("decided"), cell.Text("decisionNote")));
        Assert.Equal("DECIDED", cell.ReasonCodes()[^1]);
        // Q2-P1's one rated cell is KHTNV now: more than 20%, so Q2-P1 is KHTNV, and so is Q2.
        Assert.Equal("KHTNV", (await gateway.GetJsonAsync("/api/v1/years/2024/units/Q2-P1", Cancel)).Text("level"));
        Assert.Equal(1, (await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel)).Tally("subtree", "cell").Int("khtnv"));

        using var second = await PutAsync("Q2-P1-C1", new { level = "HTTNV", note = (string?)null, exemplary = false }, token: committee);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("HTXSNV", (await gateway.GetJsonAsync("/api/v1/years/2024/units/Q2-P1", Cancel)).Text("level"));

        var trail = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q2-P1-C1/decisions", Cancel);
        Assert.Equal(2, trail.GetArrayLength());
        Assert.Equal("HTTNV", trail[0].GetProperty("decision").Text("level"));
        Assert.Equal("KHTNV", trail[0].GetProperty("previous").Text("level"));
        Assert.Equal(JsonValueKind.Null, trail[1].GetProperty("previous").ValueKind);
        Assert.All(trail.EnumerateArray(), entry => Assert.Equal(("Ban Thường vụ Đảng ủy Q2-P1", "api"), (entry.Text("by"), entry.Text("source"))));
    }

    [Fact]
    public async Task The_same_decision_with_the_same_idempotency_key_is_recorded_once()
    {
        var award = new { level = (string?)null, note = "Tiêu biểu", exemplary = true };

        using var first = await PutAsync("Q1-P3", award, idempotencyKey: "decision-award-1");
        using var again = await PutAsync("Q1-P3", award, idempotencyKey: "decision-award-1");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await again.Content.ReadAsStringAsync(Cancel));
        var unit = await ReadAsync(first);
        Assert.Equal(("NOT_RATED", JsonValueKind.Null, true), (unit.Text("level"), unit.GetProperty("decided").ValueKind, unit.GetProperty("exemplary").GetBoolean()));
        var trail = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P3/decisions", Cancel);
        // Who decided is the token's holder: here the fixture's operator of the root.
        Assert.Equal("operator@HN", Assert.Single(trail.EnumerateArray()).Text("by"));
    }

    [Theory]
    [InlineData("EXCELLENT", "level")]
    [InlineData("NOT_RATED", "level")]
    public async Task A_level_that_is_not_a_decidable_level_is_a_validation_problem_naming_the_field(string level, string field)
    {
        using var response = await PutAsync("Q1-P2", new { level, note = "", exemplary = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadAsync(response);
        Assert.Contains(level, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_for_a_unit_the_year_does_not_have_is_not_found()
    {
        using var response = await PutAsync("NOWHERE", new { level = "HTNV" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await gateway.Client.GetAsync(new Uri("/api/v1/years/2024/units/NOWHERE/decisions", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_unit_report_shows_its_quota_checks_where_they_apply()
    {
        // Q1's children: Q1-P1 HTXSNV, Q1-P2 HTNV, Q1-P3 not rated → 1 HTTNV+, 1 HTXSNV, limit 0: over.
        var q1 = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1", Cancel);
        // Q1-P2, a chi bộ cơ sở: members 1/10/3/1 → 11 HTTNV+, 1 HTXSNV, limit 2.
        var q1p2 = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P2", Cancel);
        var cell = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C1", Cancel);

        Assert.Equal("""{"children":{"httnvPlus":1,"htxsnv":1,"limit":0,"over":true}}""", q1.GetProperty("quota").GetRawText());
        Assert.Equal("""{"members":{"httnvPlus":11,"htxsnv":1,"limit":2,"over":false}}""", q1p2.GetProperty("quota").GetRawText());
        Assert.False(cell.TryGetProperty("quota", out _));
    }

    private async Task<HttpResponseMessage> PutAsync(string unit, object body, string? idempotencyKey = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/years/2024/units/{unit}/decision", UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await gateway.Client.SendAsync(request, Cancel);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return document.RootElement.Clone();
    }
}
