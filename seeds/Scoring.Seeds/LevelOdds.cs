using Scoring.GrainInterfaces;

namespace Scoring.Seeds;

/// <summary>
/// How the children of a unit that meets its caps are spread over HTXSNV, HTTNV and HTNV (KHTNV children come
/// only from the parent's plan), and how often a child is not rated.
/// </summary>
internal sealed record LevelOdds(double Excellent, double Good, double NotRated)
{
    public static LevelOdds City { get; } = new(0.30, 0.70, 0);

    public static LevelOdds Upper { get; } = new(0.18, 0.72, 0);

    public static LevelOdds Grassroots { get; } = new(0.15, 0.77, 0.01);

    public static LevelOdds Cell { get; } = new(0.15, 0.75, 0.01);

    public static LevelOdds Member { get; } = new(0.14, 0.82, 0.015);

    public static LevelOdds Of(UnitKind kind) => kind switch
    {
        UnitKind.Nation or UnitKind.City => City,
        UnitKind.Upper => Upper,
        UnitKind.Grassroots or UnitKind.Partial => Grassroots,
        UnitKind.Cell => Cell,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The level at a uniform draw <paramref name="u"/>: low draws are the good ones.</summary>
    public Level Pick(double u) => u < Excellent ? Level.Htxsnv : u < Excellent + Good ? Level.Httnv : Level.Htnv;
}
