using System.ComponentModel.DataAnnotations;

namespace Scoring.Gateway.Access;

/// <summary>
/// How many requests each token (its holder and unit), or each address without a token, may send: a bucket of
/// <see cref="Burst"/> requests refilled with <see cref="PermitsPerSecond"/> each second. Beyond it the Gateway answers
/// 429 with Retry-After. /health and /alive are never limited.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests a second, sustained: enough for dashboards that refresh many tiles at once.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 500;

    /// <summary>Requests at once after a quiet spell.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 1_000;
}
