using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Reports;

/// <summary>The members of a subtree by level, with the HTTNV+ share of the rated members.</summary>
public sealed record MemberView(
    int Total,
    int NotRated,
    int Rated,
    int Htxsnv,
    int Httnv,
    int Htnv,
    int Khtnv,
    int HttnvPlus,
    double? HttnvPlusShare,
    int Disciplined)
{
    public static MemberView From(MemberTally members) => new(
        members.Total,
        members.NotRated,
        members.Rated,
        members.Htxsnv,
        members.Httnv,
        members.Htnv,
        members.Khtnv,
        members.HttnvPlus,
        Share.Of(members.HttnvPlus, members.Rated),
        members.Disciplined);
}
