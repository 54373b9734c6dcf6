using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>
/// One entry of a unit's decision trail: who recorded it, when, through what (<see cref="DecisionSources"/>), the decision
/// (null when it was withdrawn) and the one it replaced (null when there was none).
/// </summary>
public sealed record DecisionAudit(
    int Year,
    UnitId Unit,
    DateTimeOffset At,
    string By,
    string Source,
    Decision? Decision,
    Decision? Previous);
