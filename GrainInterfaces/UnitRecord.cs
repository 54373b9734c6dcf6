namespace Scoring.GrainInterfaces;

/// <summary>One organization of a year's tree, one row of units.csv. The root has no parent.</summary>
public sealed record UnitRecord(UnitId Id, UnitId? Parent, UnitKind Kind, string Name);
