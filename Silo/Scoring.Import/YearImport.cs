using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>
/// One year's tree, assessments and member tallies, read from its CSV files and found consistent. Decisions and
/// targets are null when the folder has no decisions.csv or targets.csv: the year keeps the ones it holds.
/// </summary>
public sealed record YearImport(
    int Year,
    IReadOnlyList<UnitRecord> Units,
    IReadOnlyDictionary<UnitId, Assessment> Assessments,
    IReadOnlyDictionary<UnitId, MemberTally> Members,
    IReadOnlyDictionary<UnitId, Decision>? Decisions = null,
    IReadOnlyList<Target>? Targets = null);
