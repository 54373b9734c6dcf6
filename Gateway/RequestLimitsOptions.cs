using System.ComponentModel.DataAnnotations;

namespace Scoring.Gateway;

/// <summary>
/// How long an address and how many and how large the headers of a request the Gateway reads. Beyond these it answers
/// 414 or 431 with a ProblemDetails. Kestrel's own limits are raised to the ceilings below, since Kestrel refuses what
/// exceeds them with an empty body before the app sees the request.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>The longest address (path and query, as sent) that can reach the Gateway at all.</summary>
    public const int RequestTargetCeiling = 64 * 1024;

    /// <summary>The most header bytes that can reach the Gateway at all.</summary>
    public const int RequestHeadersCeiling = 128 * 1024;

    /// <summary>The most headers that can reach the Gateway at all.</summary>
    public const int RequestHeaderCountCeiling = 1_000;

    /// <summary>The longest address, path and query as sent (percent-encoded), in characters.</summary>
    [Range(256, RequestTargetCeiling)]
    public int MaxRequestTargetLength { get; set; } = 8 * 1024;

    /// <summary>The most header bytes: each header's name and value with a colon, a space and a line end, as on the wire.</summary>
    [Range(1024, RequestHeadersCeiling)]
    public int MaxRequestHeadersTotalSize { get; set; } = 32 * 1024;

    [Range(1, RequestHeaderCountCeiling)]
    public int MaxRequestHeaderCount { get; set; } = 100;
}
