using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>The unit's assessment was taken back (its row left the year's file): the unit is pending again.</summary>
[GenerateSerializer, Immutable, Alias("scoring.assessment-withdrawn")]
public sealed record AssessmentWithdrawn : GrainMessage;
