using System.Net;

namespace Scoring.Gateway.Tests;

/// <summary>
/// A unit report's ETag is its version: a dashboard that polls gets 304 until something changes; HEAD asks without the
/// body. This class has a store of its own.
/// </summary>
public sealed class ETagTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_unit_report_carries_its_version_as_ETag_and_answers_304_while_it_has_not_changed()
    {
        using var first = await GetAsync("/api/v1/years/2024/units/HN");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal($"\"{(await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel)).Int("version")}\"", etag.Tag);

        using var again = await GetAsync("/api/v1/years/2024/units/HN", etag.Tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task A_changed_unit_answers_200_with_a_new_ETag_to_the_old_one()
    {
        using var before = await GetAsync("/api/v1/years/2024/units/Q1-P1-C1");
        await gateway.ReassessAsync("Q1-P1-C1", "Q1-P1-C1,false,K,T,T,T,false,0,false,80", Cancel);

        using var after = await GetAsync("/api/v1/years/2024/units/Q1-P1-C1", before.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/v1/years")]
    [InlineData("/api/v1/years/2024/units/HN")]
    [InlineData("/api/v1/years/2024/units/HN/children")]
    [InlineData("/api/v1/years/2024/units/HN/children?offset=1&limit=1")]
    [InlineData("/api/v1/years/2024/units/NOWHERE")]
    [InlineData("/api/v1/years/02024/units/HN")]
    [InlineData("/api/v1/years/2024/units/HN/children?limit=1001")]
    [InlineData("/api/v1/years/2024/units/H%0AN")]
    [InlineData("/no/such/route")]
    public async Task HEAD_answers_with_the_status_and_headers_of_GET_and_no_body(string path)
    {
        using var get = await GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));
        using var head = await gateway.Client.SendAsync(request, Cancel);

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
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
