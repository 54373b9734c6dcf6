using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>
/// One entry of a unit's correction trail: who corrected which input (<see cref="CorrectionKinds"/>), when, through what
/// (<see cref="CorrectionSources"/>), the row applied and the row it replaced (null when the unit had none), as JSON.
/// </summary>
public sealed record CorrectionAudit(
    int Year,
    UnitId Unit,
    DateTimeOffset At,
    string By,
    string Source,
    string Kind,
    string Applied,
    string? Previous);
