using Scoring.GrainInterfaces;

namespace Scoring.Gateway;

/// <summary>What <see cref="LatestYearWarmUp"/> asked for: the year, its root, how many children its first page had, and how long it took.</summary>
public sealed record WarmedYear(int Year, UnitId Root, int Children, TimeSpan Took);
