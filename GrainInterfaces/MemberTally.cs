namespace Scoring.GrainInterfaces;

/// <summary>How many members were rated at each level, how many were not rated, and how many were disciplined.</summary>
public sealed record MemberTally(int Htxsnv, int Httnv, int Htnv, int Khtnv, int NotRated, int Disciplined)
{
    public static MemberTally Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public int Rated => Htxsnv + Httnv + Htnv + Khtnv;

    public int Total => Rated + NotRated;

    public int HttnvPlus => Htxsnv + Httnv;

    public MemberTally Plus(MemberTally other) => new(
        Htxsnv + other.Htxsnv,
        Httnv + other.Httnv,
        Htnv + other.Htnv,
        Khtnv + other.Khtnv,
        NotRated + other.NotRated,
        Disciplined + other.Disciplined);
}
