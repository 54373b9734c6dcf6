using Microsoft.Net.Http.Headers;

namespace Scoring.Gateway.Api;

/// <summary>Whether a request's Accept-Encoding allows a gzipped answer (RFC 9110 §12.5.3).</summary>
internal static class GzipAcceptance
{
    /// <summary>gzip (or its old name x-gzip) named with a quality above 0, or not named and <c>*</c> with a quality above 0.</summary>
    public static bool Allows(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        var gzip = accepted.FirstOrDefault(value =>
            string.Equals(value.Value.Value, "gzip", StringComparison.OrdinalIgnoreCase) || string.Equals(value.Value.Value, "x-gzip", StringComparison.OrdinalIgnoreCase));
        var any = accepted.FirstOrDefault(value => value.Value.Value == "*");
        return (gzip ?? any) is { } chosen && (chosen.Quality ?? 1) > 0;
    }

    /// <summary>Answers <paramref name="body"/> gzipped when the request allows it; a cache keeps the two apart by Accept-Encoding.</summary>
    public static byte[] Choose(HttpContext context, PageBody body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (!Allows(context.Request))
        {
            return body.Plain;
        }

        context.Response.Headers.ContentEncoding = "gzip";
        return body.Gzipped;
    }
}
