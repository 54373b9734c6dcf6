using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// What the deciding committee recorded for a unit (DOMAIN.md §5): a level that replaces the proposed one when it is
/// given, a note, and the TSVM tiêu biểu award. A decision without a level leaves the proposed level final.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.decision")]
public sealed record Decision(
    Level? Level,
    string? Note,
    bool Exemplary);
