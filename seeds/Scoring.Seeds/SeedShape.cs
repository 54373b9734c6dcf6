namespace Scoring.Seeds;

/// <summary>The counts a scale must produce; <see cref="MemberGrassroots"/> are the chi bộ cơ sở among the grassroots.</summary>
internal sealed record SeedShape(int Uppers, int Grassroots, int MemberGrassroots, int Cells, int Members)
{
    public const int MinGrassrootsPerUpper = 2;

    /// <summary>Keeps grassroots ids at four digits.</summary>
    public const int MaxGrassrootsPerUpper = 999;

    /// <summary>A đảng bộ cơ sở is a committee over several cells; fewer would make it a chi bộ cơ sở.</summary>
    public const int MinCellsPerGrassroots = 3;

    /// <summary>Keeps cell ids at two digits.</summary>
    public const int MaxCellsPerGrassroots = 60;

    /// <summary>A chi bộ needs at least three full members.</summary>
    public const int MinMembersPerUnit = 3;

    public static SeedShape Of(SeedScale scale) => scale switch
    {
        SeedScale.Sample => new(3, 12, 2, 50, 2_500),
        SeedScale.City => new(50, 2_310, 231, 17_118, 450_000),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };
}
