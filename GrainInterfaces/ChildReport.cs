using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// What a unit tells its parent after a turn: its final level and the absolute tallies of its subtree, never a
/// delta, so duplicates and reordering are harmless.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.child-report")]
public sealed record ChildReport(
    UnitId Child,
    UnitKind Kind,
    long Version,
    Level Level,
    decimal? Score,
    KindTallies Subtree,
    MemberTally Members);
