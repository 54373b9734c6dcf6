using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// A unit's level for a year (DOMAIN.md §2, §9). <see cref="Pending"/> and <see cref="NotRated"/> are counted
/// apart and never enter a share; the four rated levels are ordered from <see cref="Khtnv"/> up.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Level>))]
[GenerateSerializer, Alias("scoring.level")]
public enum Level
{
    [JsonStringEnumMemberName("PENDING")] Pending,
    [JsonStringEnumMemberName("NOT_RATED")] NotRated,
    [JsonStringEnumMemberName("KHTNV")] Khtnv,
    [JsonStringEnumMemberName("HTNV")] Htnv,
    [JsonStringEnumMemberName("HTTNV")] Httnv,
    [JsonStringEnumMemberName("HTXSNV")] Htxsnv,
}
