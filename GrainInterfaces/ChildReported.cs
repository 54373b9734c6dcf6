using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>A child's absolute report; the parent keeps the one with the highest version.</summary>
[GenerateSerializer, Immutable, Alias("scoring.child-reported")]
public sealed record ChildReported(ChildReport Report) : GrainMessage;
