using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// A target as one unit met it or not: <see cref="Actual"/> is the indicator in percent rounded to two decimals (null
/// when the group has no rated unit); <see cref="Met"/> compares the exact share with the value. The indicator and the
/// comparator stay with it for the report files; the JSON contract lists code, value, actual and met.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.target-result")]
public sealed record TargetResult(
    string Code,
    [property: JsonIgnore] string Indicator,
    [property: JsonIgnore] string Comparator,
    decimal Value,
    decimal? Actual,
    bool Met);
