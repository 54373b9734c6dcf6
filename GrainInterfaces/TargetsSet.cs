using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>The targets that apply to the unit this year (its kind, its year), replacing any it held; empty for none.</summary>
[GenerateSerializer, Immutable, Alias("scoring.targets-set")]
public sealed record TargetsSet(IReadOnlyList<Target> Targets) : GrainMessage;
