using Scoring.GrainInterfaces;

namespace Scoring.Silo.Years;

/// <summary>A unit whose final level a delivery changed, from the level its stored state gave it before.</summary>
public sealed record LevelChange(UnitId Unit, int Depth, Level Before, Level After);
