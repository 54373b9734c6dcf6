using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>A criterion grade of the R2019 and R2023 regimes, ordered from kém up to xuất sắc.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Grade>))]
[GenerateSerializer, Alias("scoring.grade")]
public enum Grade
{
    [JsonStringEnumMemberName("K")] K,
    [JsonStringEnumMemberName("TB")] TB,
    [JsonStringEnumMemberName("T")] T,
    [JsonStringEnumMemberName("XS")] XS,
}
