using System.Text.Json.Serialization;

namespace Scoring.GrainInterfaces;

/// <summary>The kinds of organization in the tree, from the city down to the cell (DOMAIN.md §1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnitKind>))]
public enum UnitKind
{
    [JsonStringEnumMemberName("city")] City,
    [JsonStringEnumMemberName("upper")] Upper,
    [JsonStringEnumMemberName("grassroots")] Grassroots,
    [JsonStringEnumMemberName("partial")] Partial,
    [JsonStringEnumMemberName("cell")] Cell,
}
