using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Scoring.Gateway.Tests;

/// <summary>Every correction joins the unit's trail: who (the token's holder), when, the row applied and the row it replaced.</summary>
public sealed class CorrectionAuditTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_corrected_assessment_is_kept_with_its_holder_the_row_applied_and_the_row_it_replaced()
    {
        var committee = gateway.Token("Q1-P1", "committee", name: "Chi ủy Q1-P1");
        var body = SampleYear.AssessmentBody("Q1-P1-C1");
        body["targets_met_percent"] = 85;
        var before = DateTimeOffset.UtcNow;

        using var response = await PutAsync("/api/v1/years/2024/units/Q1-P1-C1/assessment", body, committee);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var trail = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C1/corrections", Cancel);
        var entry = Assert.Single(trail.EnumerateArray());
        Assert.Equal(("Chi ủy Q1-P1", "api", "assessment"), (entry.Text("by"), entry.Text("source"), entry.Text("kind")));
        Assert.InRange(entry.GetProperty("at").GetDateTimeOffset(), before, DateTimeOffset.UtcNow);
        Assert.Equal(85m, entry.GetProperty("applied").GetProperty("targetsMetPercent").GetDecimal());
        Assert.Equal(80m, entry.GetProperty("previous").GetProperty("targetsMetPercent").GetDecimal());
    }

    [Fact]
    public async Task Corrections_are_listed_newest_first_and_a_refused_one_is_not_kept()
    {
        var members = SampleYear.MembersBody("Q1-P2");
        members["htxsnv"] = 0;
        using var first = await PutAsync("/api/v1/years/2024/units/Q1-P2/members", members, gateway.Token("HN", "operator", name: "first"));
        members["htxsnv"] = 1;
        using var second = await PutAsync("/api/v1/years/2024/units/Q1-P2/members", members, gateway.Token("HN", "operator", name: "second"));
        using var refused = await PutAsync("/api/v1/years/2024/units/Q1/members", SampleYear.MembersBody("Q1"), gateway.Token("HN", "operator"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity), (first.StatusCode, second.StatusCode, refused.StatusCode));
        var trail = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P2/corrections", Cancel);
        Assert.Equal(["second", "first"], trail.EnumerateArray().Select(entry => entry.Text("by")));
        Assert.Equal(0, trail[0].GetProperty("previous").Int("HTXSNV"));
        Assert.Equal(1, trail[1].GetProperty("previous").Int("HTXSNV"));
        Assert.Empty((await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1/corrections", Cancel)).EnumerateArray());
    }

    private async Task<HttpResponseMessage> PutAsync(string path, object body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await gateway.Client.SendAsync(request, Cancel);
    }
}
