namespace Scoring.Gateway.Api;

/// <summary>A unit's version as the ETag of every answer made from its report, and the 304 it allows.</summary>
internal static class VersionTag
{
    /// <summary>Sets the ETag; true when the request's If-None-Match already holds it, so a 304 answers.</summary>
    public static bool IsFresh(HttpContext context, string version)
    {
        var etag = $"\"{version}\"";
        context.Response.Headers.ETag = etag;
        return context.Request.Headers.IfNoneMatch.Any(tag => tag == etag || tag == "*");
    }
}
