using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>The unit's decision was taken back (its row left decisions.csv): its proposed level is final again.</summary>
[GenerateSerializer, Immutable, Alias("scoring.decision-withdrawn")]
public sealed record DecisionWithdrawn : GrainMessage;
