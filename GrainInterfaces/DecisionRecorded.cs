using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>The deciding committee's decision for the unit; a later one replaces an earlier one.</summary>
[GenerateSerializer, Immutable, Alias("scoring.decision-recorded")]
public sealed record DecisionRecorded(Decision Decision) : GrainMessage;
