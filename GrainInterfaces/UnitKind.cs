using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// The kinds of organization in the tree, from the nation down to the cell (DOMAIN.md §1). New kinds go last: the
/// stored grain states and the wire carry the numbers.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnitKind>))]
[GenerateSerializer, Alias("scoring.unit-kind")]
public enum UnitKind
{
    [JsonStringEnumMemberName("city")] City,
    [JsonStringEnumMemberName("upper")] Upper,
    [JsonStringEnumMemberName("grassroots")] Grassroots,
    [JsonStringEnumMemberName("partial")] Partial,
    [JsonStringEnumMemberName("cell")] Cell,
    [JsonStringEnumMemberName("nation")] Nation,
}
