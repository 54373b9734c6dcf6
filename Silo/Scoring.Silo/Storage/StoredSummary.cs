using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>A read-model row as stored: the columns the Gateway queries on, beside the summary they must agree with.</summary>
public sealed record StoredSummary(UnitId Unit, UnitId? Parent, int Depth, long Version, UnitSummary Summary);
