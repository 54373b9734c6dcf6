using Scoring.GrainInterfaces;

namespace Scoring.Seeds;

/// <summary>
/// The generated rows of one year. <see cref="Units"/> lists every unit after its parent (depth first);
/// <see cref="Assessments"/> has one row per unit in the same order, <see cref="Members"/> one row per unit that
/// has members directly. <see cref="AssessmentColumns"/> is the header assessments.csv is written with.
/// </summary>
public sealed record SeedYear(
    int Year,
    string Regime,
    IReadOnlyList<string> AssessmentColumns,
    IReadOnlyList<UnitRecord> Units,
    IReadOnlyList<AssessmentRow> Assessments,
    IReadOnlyList<MemberRow> Members);
