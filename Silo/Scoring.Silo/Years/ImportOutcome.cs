using Scoring.GrainInterfaces;
using Scoring.Import;

namespace Scoring.Silo.Years;

/// <summary>What a delivery of a year's folder did, or every reason it did nothing.</summary>
/// <param name="Turns">The grain turns the delivery made.</param>
/// <param name="Placed">The new units without children whose first state the run wrote itself, with no grain turn.</param>
/// <param name="Changed">The units whose figures changed: the new units without children the run wrote, then the others deepest first.</param>
/// <param name="LevelsChanged">The units rated before whose final level changed, highest in the tree first.</param>
/// <param name="Refused">The units that refused their inputs; those were set aside as dead mail.</param>
/// <param name="Tree">How the tree differs from the one the year's grains held (nothing for a new year).</param>
public sealed record ImportOutcome(
    IReadOnlyList<ImportError> Errors,
    int Year,
    UnitId? Root,
    int Units,
    bool TreeCreated,
    int Renamed,
    int AssessmentsChanged,
    int MemberTalliesChanged,
    int DecisionsChanged,
    int Withdrawn,
    long Turns,
    int Placed,
    IReadOnlyList<UnitId> Changed,
    IReadOnlyList<LevelChange> LevelsChanged,
    IReadOnlyList<UnitId> Refused,
    TreeChanges Tree)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportOutcome Failed(IReadOnlyList<ImportError> errors) => new(errors, 0, null, 0, false, 0, 0, 0, 0, 0, 0, 0, [], [], [], TreeChanges.None);
}
