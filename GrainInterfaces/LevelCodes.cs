namespace Scoring.GrainInterfaces;

/// <summary>The codes of <see cref="Level"/> and the order of the rated levels.</summary>
public static class LevelCodes
{
    public static IReadOnlyList<Level> Rated { get; } = [Level.Htxsnv, Level.Httnv, Level.Htnv, Level.Khtnv];

    public static string ToCode(this Level level) => level switch
    {
        Level.Pending => "PENDING",
        Level.NotRated => "NOT_RATED",
        Level.Khtnv => "KHTNV",
        Level.Htnv => "HTNV",
        Level.Httnv => "HTTNV",
        Level.Htxsnv => "HTXSNV",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
