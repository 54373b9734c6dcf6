using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>A correction of a 2016 unit: read with the R2014 columns, rated under R2014, answered in its codes. Its own store.</summary>
public sealed class TsvmCorrectionTests(TsvmGatewayFixture gateway) : IClassFixture<TsvmGatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_2016_correction_is_read_with_the_R2014_columns_and_answered_in_its_codes()
    {
        var body = new { not_rated = false, score = 45, disunity = false, corruption_disciplined = false };
        using var response = await PutAsync(body);
        using var again = await PutAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        // The second answer is the one recorded for the key: written as the API writes, TSVM and YK names and all.
        Assert.Equal(text, await again.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("\"yk\":", text, StringComparison.Ordinal);
        Assert.DoesNotContain("htxsnvShareOfRated", text, StringComparison.Ordinal);
        using var cell = JsonDocument.Parse(text);
        Assert.Equal("YK", cell.RootElement.Text("level"));
        Assert.Equal("Score 45 is below 50: YK.", cell.RootElement.GetProperty("reasons")[0].Text("sentence"));
        // C2 and C3 are now YK: 2 of G1's 3 rated cells, more than a third.
        var ward = await gateway.GetJsonAsync("/api/v1/years/2016/units/G1", Cancel);
        Assert.Equal("YK", ward.Text("level"));
        Assert.Equal(["OWN_INPUTS", "CHILDREN_YK"], ward.ReasonCodes());
    }

    private async Task<HttpResponseMessage> PutAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/years/2016/units/C3/assessment", UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Add("Idempotency-Key", "r2014-correction-1");
        return await gateway.Client.SendAsync(request, Cancel);
    }
}
