using System.Text.Json.Serialization;

namespace Scoring.Gateway.Reports;

/// <summary>A unit report with another year beside it: written as the report's own properties followed by <c>compare</c>.</summary>
[JsonConverter(typeof(ComparedUnitReportJsonConverter))]
public sealed record ComparedUnitReport(UnitReport Report, YearComparison Compare);
