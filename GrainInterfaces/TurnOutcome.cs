using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// What a turn leaves: the unit's current report for its parent (always, even when nothing changed, so a run
/// that starts again after a crash still hands every parent its children's latest reports) and whether the turn
/// changed what the unit reports.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.turn-outcome")]
public sealed record TurnOutcome(ChildReport Report, bool Changed);
