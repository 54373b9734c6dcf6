using Scoring.GrainInterfaces;

namespace Scoring.Seeds;

/// <summary>One row of a generated members.csv: the member tally of a unit that has members directly.</summary>
public sealed record MemberRow(UnitId Unit, MemberTally Members);
