using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>The member tally of a unit that has members directly; a later submission replaces an earlier one.</summary>
[GenerateSerializer, Immutable, Alias("scoring.members-submitted")]
public sealed record MembersSubmitted(MemberTally Members) : GrainMessage;
