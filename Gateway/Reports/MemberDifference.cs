namespace Scoring.Gateway.Reports;

/// <summary>Each count and the HTTNV+ share of a <see cref="MemberView"/> beside the other year's, with the difference.</summary>
public sealed record MemberDifference(
    CountDifference Total,
    CountDifference NotRated,
    CountDifference Rated,
    CountDifference Htxsnv,
    CountDifference Httnv,
    CountDifference Htnv,
    CountDifference Khtnv,
    CountDifference HttnvPlus,
    ShareDifference HttnvPlusShare,
    CountDifference Disciplined)
{
    public static MemberDifference Between(MemberView mine, MemberView other) => new(
        CountDifference.Between(mine.Total, other.Total),
        CountDifference.Between(mine.NotRated, other.NotRated),
        CountDifference.Between(mine.Rated, other.Rated),
        CountDifference.Between(mine.Htxsnv, other.Htxsnv),
        CountDifference.Between(mine.Httnv, other.Httnv),
        CountDifference.Between(mine.Htnv, other.Htnv),
        CountDifference.Between(mine.Khtnv, other.Khtnv),
        CountDifference.Between(mine.HttnvPlus, other.HttnvPlus),
        ShareDifference.Between(mine.HttnvPlusShare, other.HttnvPlusShare),
        CountDifference.Between(mine.Disciplined, other.Disciplined));
}
