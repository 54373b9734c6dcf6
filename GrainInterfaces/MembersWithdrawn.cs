namespace Scoring.GrainInterfaces;

/// <summary>The unit's member tally was taken back (its row left the year's file).</summary>
public sealed record MembersWithdrawn : GrainMessage;
