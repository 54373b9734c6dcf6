namespace Scoring.GrainInterfaces;

/// <summary>The codes of <see cref="Level"/> and the order of the rated levels.</summary>
public static class LevelCodes
{
    public static IReadOnlyList<Level> Rated { get; } = [Level.Htxsnv, Level.Httnv, Level.Htnv, Level.Khtnv];

    /// <summary>The level's code since 2018; <see cref="LevelNames"/> has the codes of every regime.</summary>
    public static string ToCode(this Level level) => LevelNames.Since2018.Code(level);
}
