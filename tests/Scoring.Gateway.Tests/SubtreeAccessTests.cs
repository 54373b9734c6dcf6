using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>
/// Every role against its own unit, a child, a sibling and the parent, on every unit endpoint. The tokens are for Q1
/// (under HN, beside Q2, above Q1-P2); the writes are the same assessment, members or (empty) award the unit already
/// has, so nothing the other rows read changes.
/// </summary>
public sealed class SubtreeAccessTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Own = "Q1";
    private const string Child = "Q1-P2";
    private const string Sibling = "Q2";
    private const string Parent = "HN";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, string, int>();
        string[] reads = ["unit", "children", "decisions", "corrections", "report.xlsx", "report.csv"];
        string[] writes = ["decision", "assessment", "members"];
        foreach (var role in new[] { "viewer", "committee", "operator" })
        {
            foreach (var target in new[] { Own, Child, Sibling, Parent })
            {
                var inSubtree = target is Own or Child;
                foreach (var read in reads)
                {
                    data.Add(role, target, read, inSubtree ? 200 : 403);
                }

                foreach (var write in writes)
                {
                    var allowed = role switch
                    {
                        "operator" => inSubtree,
                        "committee" => target == Child,
                        _ => false,
                    };
                    // Allowed, a member tally for Q1 is still refused by the unit: its members are counted in its cells.
                    data.Add(role, target, write, !allowed ? 403 : write == "members" && target != Child ? 422 : 200);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_token_reaches_what_its_role_allows_in_its_units_subtree_and_nothing_else(string role, string unit, string endpoint, int status)
    {
        using var response = await SendAsync(gateway.Token(Own, role), unit, endpoint);

        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(status == (int)response.StatusCode, $"{role} of {Own} on {endpoint} of {unit}: {(int)response.StatusCode} {body}");
        if (status == 403)
        {
            using var problem = JsonDocument.Parse(body);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal((unit, Own, role), (problem.RootElement.Text("unit"), problem.RootElement.Text("tokenUnit"), problem.RootElement.Text("role")));
            Assert.Contains($"'{unit}'", problem.RootElement.Text("detail"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_unit_the_year_lacks_is_not_found_for_the_roots_token_and_forbidden_for_any_other()
    {
        using var root = await SendAsync(gateway.Token("HN", "viewer"), "NOWHERE", "unit");
        using var below = await SendAsync(gateway.Token(Own, "operator"), "NOWHERE", "unit");

        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, below.StatusCode);
    }

    [Fact]
    public async Task A_grandchild_is_read_by_the_committee_but_not_written()
    {
        using var read = await SendAsync(gateway.Token(Own, "committee"), "Q1-P1-C1", "unit");
        using var write = await SendAsync(gateway.Token(Own, "committee"), "Q1-P1-C1", "assessment");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task The_years_need_a_token_of_any_role_and_the_operators_pages_an_operators()
    {
        using var years = await GetAsync("/api/v1/years", gateway.Token("Q1-P1-C1", "viewer"));
        using var openApi = await GetAsync("/openapi/v1.json", gateway.Token("Q1-P1-C1", "viewer"));
        using var metrics = await GetAsync("/metrics", gateway.Token("Q1-P1-C1", "committee"));
        using var operatorMetrics = await GetAsync("/metrics", gateway.Token("Q1-P1-C1", "operator"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (years.StatusCode, openApi.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, metrics.StatusCode);
        Assert.Equal("application/problem+json", metrics.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, operatorMetrics.StatusCode);
    }

    [Fact]
    public async Task Comparing_with_a_year_is_checked_in_that_years_tree_too()
    {
        using var response = await GetAsync($"/api/v1/years/2024/units/{Own}?compare=2024", gateway.Token(Own, "viewer"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await gateway.Client.SendAsync(request, Cancel);
    }

    private async Task<HttpResponseMessage> SendAsync(string token, string unit, string endpoint)
    {
        var path = $"/api/v1/years/{SampleYear.Year}/units/{unit}";
        using var request = endpoint switch
        {
            "unit" => new HttpRequestMessage(HttpMethod.Get, path),
            "decision" => Put($"{path}/decision", new { level = (string?)null, note = (string?)null, exemplary = false }),
            "assessment" => Put($"{path}/assessment", SampleYear.AssessmentBody(unit)),
            "members" => Put($"{path}/members", SampleYear.MembersBody(unit)),
            _ => new HttpRequestMessage(HttpMethod.Get, $"{path}/{endpoint}"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await gateway.Client.SendAsync(request, Cancel);
    }

    private static HttpRequestMessage Put(string path, object body) => new(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
}
