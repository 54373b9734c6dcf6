using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>The unit's own inputs for the year; a later submission replaces an earlier one.</summary>
[GenerateSerializer, Immutable, Alias("scoring.assessment-submitted")]
public sealed record AssessmentSubmitted(Assessment Assessment) : GrainMessage;
