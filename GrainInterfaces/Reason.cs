using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>Why a step set or lowered a unit's level: a stable code for machines and a sentence for people.</summary>
[GenerateSerializer, Immutable, Alias("scoring.reason")]
public sealed record Reason(string Code, string Sentence);
