using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>
/// Corrections of one unit through the API: checked like an import, carried grain to grain to the root, applied once
/// per Idempotency-Key. This class has a store of its own, and its tests change it in turn.
/// </summary>
public sealed class CorrectionTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly object KGrade = new
    {
        not_rated = false, politics = "K", organization = "T", tasks = "T", oversight = "T",
        leadership_disciplined = false, affiliates_disciplined = 0, disunity = false, targets_met_percent = 80,
    };

    [Fact]
    public async Task A_corrected_cell_answers_with_its_new_level_once_the_city_has_the_change()
    {
        using var response = await PutAsync("/api/v1/years/2024/units/Q1-P1-C2/assessment", KGrade);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cell = await ReadAsync(response);
        Assert.Equal("KHTNV", cell.Text("level"));
        Assert.Equal(["GRADE_K"], cell.ReasonCodes());
        // One of Q1-P1's two rated cells is KHTNV: more than 20%, so Q1-P1 is KHTNV, and the cap travels up.
        Assert.Equal("KHTNV", (await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1", Cancel)).Text("level"));
        var city = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel);
        Assert.Equal(1, city.Tally("subtree", "cell").Int("khtnv"));
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_is_applied_once_and_answered_the_same()
    {
        var members = new { htxsnv = 2, httnv = 9, htnv = 3, khtnv = 1, not_rated = 2, disciplined = 1 };
        using var first = await PutAsync("/api/v1/years/2024/units/Q1-P2/members", members, "key-members-1");
        var before = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel);

        using var second = await PutAsync("/api/v1/years/2024/units/Q1-P2/members", members, "key-members-1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await second.Content.ReadAsStringAsync(Cancel));
        var after = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel);
        Assert.Equal(before.Int("version"), after.Int("version"));
        Assert.Equal(9, (await ReadAsync(first)).GetProperty("members").Int("httnv"));
    }

    [Fact]
    public async Task A_children_page_read_before_a_correction_shows_the_corrected_child_after_it()
    {
        using var before = await gateway.Client.GetAsync(new Uri("/api/v1/years/2024/units/Q1-P1/children", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var corrected = await PutAsync(
            "/api/v1/years/2024/units/Q1-P1-C2/members", new { htxsnv = 2, httnv = 13, htnv = 0, khtnv = 0, not_rated = 0, disciplined = 0 });
        var page = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1/children", Cancel);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var child = page.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("unit").GetString() == "Q1-P1-C2");
        Assert.Equal(13, child.GetProperty("members").Int("httnv"));
    }

    [Fact]
    public async Task The_same_idempotency_key_sent_twice_at_once_is_applied_once()
    {
        var members = new { htxsnv = 1, httnv = 7, htnv = 2, khtnv = 0, not_rated = 1, disciplined = 0 };
        var before = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C1", Cancel);

        var responses = await Task.WhenAll(
            PutAsync("/api/v1/years/2024/units/Q1-P1-C1/members", members, "key-at-once"),
            PutAsync("/api/v1/years/2024/units/Q1-P1-C1/members", members, "key-at-once"));

        // One applies; the other finds the key held (202, still on its way) or settled (the same 200).
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Accepted }));
        var after = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C1", Cancel);
        Assert.Equal(before.Int("version") + 1, after.Int("version"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_refused_correction_lets_go_of_its_key_so_the_same_key_can_carry_a_fixed_request()
    {
        using var refused = await PutAsync(
            "/api/v1/years/2024/units/Q1/members", new { htxsnv = 1, httnv = 0, htnv = 0, khtnv = 0, not_rated = 0, disciplined = 0 }, "key-refused");
        using var again = await PutAsync(
            "/api/v1/years/2024/units/Q1/members", new { htxsnv = 2, httnv = 0, htnv = 0, khtnv = 0, not_rated = 0, disciplined = 0 }, "key-refused");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("no members of its own", await again.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_body_is_refused_with_422()
    {
        using var first = await PutAsync("/api/v1/years/2024/units/Q2-P1-C2/members", new { htxsnv = 0, httnv = 3, htnv = 0, khtnv = 0, not_rated = 0, disciplined = 0 }, "key-reused");
        using var second = await PutAsync("/api/v1/years/2024/units/Q2-P1-C2/members", new { htxsnv = 1, httnv = 2, htnv = 0, khtnv = 0, not_rated = 0, disciplined = 0 }, "key-reused");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Contains("key-reused", await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_that_breaks_an_import_rule_is_a_validation_problem_naming_the_field()
    {
        using var response = await PutAsync(
            "/api/v1/years/2024/units/Q2-P1-C1/members", new { htxsnv = 0, httnv = 3, htnv = 0, khtnv = 0, not_rated = 0, disciplined = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadAsync(response);
        var reason = Assert.Single(problem.GetProperty("errors").GetProperty("disciplined").EnumerateArray()).GetString();
        Assert.Contains("disciplined", reason, StringComparison.Ordinal);
        Assert.Equal(4, (await gateway.GetJsonAsync("/api/v1/years/2024/units/Q2-P1-C1", Cancel)).GetProperty("members").Int("httnv"));
    }

    [Theory]
    [InlineData("{\"politics\":\"Q\",\"organization\":\"T\",\"tasks\":\"T\",\"oversight\":\"T\",\"leadership_disciplined\":false,\"affiliates_disciplined\":0,\"disunity\":false,\"targets_met_percent\":80}", "politics")]
    [InlineData("{\"colour\":\"red\"}", "colour")]
    [InlineData("{\"unit_id\":\"HN\"}", "unit_id")]
    [InlineData("{\"politics\":[\"T\"]}", "politics")]
    public async Task A_malformed_assessment_is_refused_with_the_field_named(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await gateway.Client.PutAsync(new Uri("/api/v1/years/2024/units/Q2-P1-C1/assessment", UriKind.Relative), content, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ReadAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    [Fact]
    public async Task Members_for_a_unit_that_has_child_organizations_are_refused_with_422_and_change_nothing()
    {
        var before = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel);

        using var response = await PutAsync(
            "/api/v1/years/2024/units/Q1/members", new { htxsnv = 100, httnv = 0, htnv = 0, khtnv = 0, not_rated = 0, disciplined = 0 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("no members of its own", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(before.MemberCounts(), (await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel)).MemberCounts());
    }

    [Fact]
    public async Task A_correction_of_a_unit_the_year_does_not_have_is_404()
    {
        using var response = await PutAsync("/api/v1/years/2024/units/NOWHERE/assessment", KGrade);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("NOWHERE", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PutAsync(string path, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await gateway.Client.SendAsync(request, Cancel);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return document.RootElement.Clone();
    }
}
