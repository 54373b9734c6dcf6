using System.Net;

namespace Scoring.Gateway.Tests;

/// <summary>
/// The ETag of a unit report with <c>?compare=</c> holds the other year's version too, so a cached comparison is never
/// stale when only the other year changes. This class has a store of its own.
/// </summary>
public sealed class CompareETagTests(TwoYearsFixture gateway) : IClassFixture<TwoYearsFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_comparison_s_ETag_holds_both_years_versions_and_answers_304_while_neither_changed()
    {
        var version2025 = (await gateway.GetJsonAsync("/api/v1/years/2025/units/HN", Cancel)).Int("version");
        var version2024 = (await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel)).Int("version");
        using var first = await GetAsync("/api/v1/years/2025/units/HN?compare=2024");

        Assert.Equal($"\"{version2025}/2024:{version2024}\"", first.Headers.ETag?.Tag);
        using var plain = await GetAsync("/api/v1/years/2025/units/HN", first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        using var again = await GetAsync("/api/v1/years/2025/units/HN?compare=2024", first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task A_unit_missing_in_the_other_year_has_an_ETag_that_says_so()
    {
        var version = (await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1", Cancel)).Int("version");
        using var response = await GetAsync("/api/v1/years/2024/units/Q1?compare=2025");

        Assert.Equal($"\"{version}/2025:-\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_change_in_the_other_year_alone_answers_200_with_a_new_ETag()
    {
        using var before = await GetAsync("/api/v1/years/2025/units/HN?compare=2024");
        await gateway.ReassessAsync("Q1-P1-C1", "Q1-P1-C1,false,K,T,T,T,false,0,false,80", Cancel);

        using var after = await GetAsync("/api/v1/years/2025/units/HN?compare=2024", before.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        // Q1-P1-C1 went from HTTNV to KHTNV in 2024: the 2025 cells are none, so 0 − 1 KHTNV cell.
        var compare = (await gateway.GetJsonAsync("/api/v1/years/2025/units/HN?compare=2024", Cancel)).GetProperty("compare");
        Assert.Equal(-1, compare.GetProperty("subtree").GetProperty("cell").GetProperty("khtnv").Int("difference"));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await gateway.Client.SendAsync(request, Cancel);
    }
}
