using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Reports;

/// <summary>
/// The unit's level in the other year and how many steps this year's is above it on the order KHTNV, HTNV, HTTNV,
/// HTXSNV (negative when lower); null when either year's level is not one of those four (pending, not rated).
/// Levels are codes of their year: up to 2017 TSVM stands in HTXSNV's place and YK in KHTNV's.
/// </summary>
public sealed record LevelDifference(string Other, int? Difference)
{
    public static LevelDifference Between(string mine, string other) =>
        new(other, Step(mine) is { } m && Step(other) is { } o ? m - o : null);

    private static int? Step(string code) =>
        LevelNames.Since2018.TryParse(code, out var level) || LevelNames.R2014.TryParse(code, out level) ? Step(level) : null;

    private static int? Step(Level level) => level switch
    {
        Level.Khtnv => 0,
        Level.Htnv => 1,
        Level.Httnv => 2,
        Level.Htxsnv => 3,
        _ => null,
    };
}
