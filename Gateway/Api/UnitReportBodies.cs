using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Scoring.Gateway.Reports;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Api;

/// <summary>
/// A unit report's bytes, kept beside the summary they were made from. A grain hands out one immutable summary until
/// its figures change, and the Gateway's own silo passes it by reference, so while it stands its report is sent again
/// without being made and serialized again; a new summary is a new key, and a summary no longer held takes its bytes
/// with it. Through a cluster every answer is a new copy, and the bytes go with it.
/// </summary>
internal sealed class UnitReportBodies(IOptions<JsonOptions> json)
{
    private readonly ConditionalWeakTable<UnitSummary, Bodies> _bodies = [];

    /// <summary>The report of <paramref name="summary"/>, as the API serializes it.</summary>
    public byte[] Of(UnitSummary summary)
    {
        var bodies = _bodies.GetOrCreateValue(summary);
        return bodies.Plain ??= JsonSerializer.SerializeToUtf8Bytes(UnitReport.From(summary), json.Value.SerializerOptions);
    }

    /// <summary>The report of <paramref name="summary"/> compared with <paramref name="other"/> (null: the other year does not have the unit).</summary>
    public byte[] Of(UnitSummary summary, int otherYear, UnitSummary? other)
    {
        var bodies = _bodies.GetOrCreateValue(summary);
        if (bodies.Compared is { } kept && kept.Year == otherYear && ReferenceEquals(kept.Other, other))
        {
            return kept.Body;
        }

        var report = UnitReport.From(summary);
        var comparison = other is null ? YearComparison.Missing(otherYear) : YearComparison.Between(report, UnitReport.From(other));
        var body = JsonSerializer.SerializeToUtf8Bytes(new ComparedUnitReport(report, comparison), json.Value.SerializerOptions);
        bodies.Compared = new ComparedBody(otherYear, other, body);
        return body;
    }

    private sealed class Bodies
    {
        public byte[]? Plain { get; set; }

        /// <summary>The last comparison asked for: a dashboard compares with one year at a time.</summary>
        public ComparedBody? Compared { get; set; }
    }

    private sealed record ComparedBody(int Year, UnitSummary? Other, byte[] Body);
}
