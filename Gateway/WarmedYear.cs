using Scoring.GrainInterfaces;

namespace Scoring.Gateway;

/// <summary>What <see cref="LatestYearWarmUp"/> loaded: the year, its root, how many of the root's children, and how long it took.</summary>
public sealed record WarmedYear(int Year, UnitId Root, int Children, TimeSpan Took);
