using System.Net;

namespace Scoring.Gateway.Tests;

/// <summary>The request edges through a real Kestrel server, whose own limits would answer them with an empty body.</summary>
public sealed class RequestEdgeOnKestrelTests(KestrelGatewayFixture gateway) : RequestEdgeTests(gateway), IClassFixture<KestrelGatewayFixture>
{
    [Theory]
    [InlineData("/api/v1/years/2024/units/HN%00")]
    [InlineData("/api/v1/years/2024/units/%00/children")]
    public async Task A_unit_id_with_a_NUL_is_refused_by_Kestrel_with_400_before_the_Gateway_sees_it(string path)
    {
        using var response = await gateway.Client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        // Kestrel's URL decoder refuses a decoded NUL in any path, with no option to let it through, so this answer has
        // Kestrel's empty body rather than a ProblemDetails.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_address_beyond_the_ceiling_is_refused_by_Kestrel_itself_with_414()
    {
        using var response = await gateway.Client.GetAsync(new Uri("/api/v1/years/2024/units/" + new string('Q', 70 * 1024), UriKind.Relative), Cancel);

        // Past RequestLimitsOptions.RequestTargetCeiling the request never reaches the Gateway; Kestrel answers alone.
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }
}
