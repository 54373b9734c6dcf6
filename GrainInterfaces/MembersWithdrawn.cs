using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>The unit's member tally was taken back (its row left the year's file).</summary>
[GenerateSerializer, Immutable, Alias("scoring.members-withdrawn")]
public sealed record MembersWithdrawn : GrainMessage;
