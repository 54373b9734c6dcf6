using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Reports;

/// <summary>
/// The unit's level in the other year and how many steps this year's is above it on the order KHTNV, HTNV, HTTNV,
/// HTXSNV (negative when lower); null when either year's level is not one of those four (pending, not rated).
/// </summary>
public sealed record LevelDifference(Level Other, int? Difference)
{
    public static LevelDifference Between(Level mine, Level other) =>
        new(other, Step(mine) is { } m && Step(other) is { } o ? m - o : null);

    private static int? Step(Level level) => level switch
    {
        Level.Khtnv => 0,
        Level.Htnv => 1,
        Level.Httnv => 2,
        Level.Htxsnv => 3,
        _ => null,
    };
}
