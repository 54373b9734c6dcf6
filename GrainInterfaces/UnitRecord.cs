using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>One organization of a year's tree, one row of units.csv. The root has no parent.</summary>
[GenerateSerializer, Immutable, Alias("scoring.unit-record")]
public sealed record UnitRecord(UnitId Id, UnitId? Parent, UnitKind Kind, string Name);
