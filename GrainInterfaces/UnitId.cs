using System.Text.Json.Serialization;

namespace Scoring.GrainInterfaces;

/// <summary>The identifier of an organization as the year's units.csv names it.</summary>
[JsonConverter(typeof(UnitIdJsonConverter))]
public readonly record struct UnitId(string Value)
{
    public override string ToString() => Value;
}
