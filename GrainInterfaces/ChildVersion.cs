using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>A direct child of a unit and the version of its report the unit holds.</summary>
[GenerateSerializer, Immutable, Alias("scoring.child-version")]
public sealed record ChildVersion(UnitId Unit, long Version);
