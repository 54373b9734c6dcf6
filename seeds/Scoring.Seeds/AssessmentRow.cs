using Scoring.GrainInterfaces;

namespace Scoring.Seeds;

/// <summary>
/// One row of a generated assessments.csv, with the level the generator built the year's data to produce: a
/// bottom-up rating of the year under its regime gives every unit exactly this level.
/// </summary>
public sealed record AssessmentRow(UnitId Unit, Assessment Assessment, Level ExpectedLevel);
