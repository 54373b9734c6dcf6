using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Scoring.Gateway.Tests;

/// <summary>
/// Signs in every request that names no token of its own as the operator of the requested year's root, so tests that
/// are not about access read and write as the tree's operator. A comparison between two years whose roots differ is
/// signed in as the operator of the unit itself, the one token that reaches it in both trees.
/// </summary>
internal sealed partial class RootOperatorTokens(Func<string, string> operatorToken) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", operatorToken(SignInAs(request.RequestUri)));
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static string SignInAs(Uri? address)
    {
        var text = address is null ? string.Empty : address.IsAbsoluteUri ? address.PathAndQuery : address.OriginalString;
        if (UnitAddress().Match(text) is not { Success: true } unit)
        {
            return GatewayFixture.RootOf(null);
        }

        var year = int.Parse(unit.Groups["year"].Value, CultureInfo.InvariantCulture);
        var compared = CompareQuery().Match(text);
        return compared.Success && GatewayFixture.RootOf(int.Parse(compared.Groups["year"].Value, CultureInfo.InvariantCulture)) != GatewayFixture.RootOf(year)
            ? Uri.UnescapeDataString(unit.Groups["id"].Value)
            : GatewayFixture.RootOf(year);
    }

    [GeneratedRegex(@"^/api/v1/years/(?<year>[0-9]{4})(/units/(?<id>[^/?]+))?")]
    private static partial Regex UnitAddress();

    [GeneratedRegex(@"[?&]compare=(?<year>[0-9]{4})(&|$)")]
    private static partial Regex CompareQuery();
}
