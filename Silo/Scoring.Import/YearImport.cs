using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>One year's tree, assessments and member tallies, read from its CSV files and found consistent.</summary>
public sealed record YearImport(
    int Year,
    IReadOnlyList<UnitRecord> Units,
    IReadOnlyDictionary<UnitId, Assessment> Assessments,
    IReadOnlyDictionary<UnitId, MemberTally> Members);
