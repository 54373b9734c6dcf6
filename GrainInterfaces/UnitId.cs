using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>The identifier of an organization as the year's units.csv names it.</summary>
[JsonConverter(typeof(UnitIdJsonConverter))]
[GenerateSerializer, Immutable, Alias("scoring.unit-id")]
public readonly record struct UnitId(string Value)
{
    public override string ToString() => Value;
}
