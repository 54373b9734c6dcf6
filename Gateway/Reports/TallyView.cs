using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Reports;

/// <summary>The organizations of one kind by level, with the shares dashboards quote. Shares are of the rated units.</summary>
public sealed record TallyView(
    int Total,
    int Pending,
    int NotRated,
    int Rated,
    int Htxsnv,
    int Httnv,
    int Htnv,
    int Khtnv,
    int HttnvPlus,
    double? HttnvPlusShare,
    double? HtxsnvShareOfRated,
    double? HtxsnvShareOfHttnvPlus,
    CleanStrongView CleanStrong)
{
    public static TallyView From(LevelTally tally) => new(
        tally.Total,
        tally.Pending,
        tally.NotRated,
        tally.Rated,
        tally.Htxsnv,
        tally.Httnv,
        tally.Htnv,
        tally.Khtnv,
        tally.HttnvPlus,
        Share.Of(tally.HttnvPlus, tally.Rated),
        Share.Of(tally.Htxsnv, tally.Rated),
        Share.Of(tally.Htxsnv, tally.HttnvPlus),
        new CleanStrongView(tally.HttnvPlus, Share.Of(tally.HttnvPlus, tally.Rated), Derived: true, Basis: "HTTNV+"));

    /// <summary>
    /// One view for every kind that can sit below a city, keyed by the kind's code, so a city's shape never varies;
    /// a nation's also has its cities.
    /// </summary>
    public static IReadOnlyDictionary<string, TallyView> ByKind(KindTallies tallies) =>
        UnitKindCodes.ReportedIn(tallies).ToDictionary(kind => kind.ToCode(), kind => From(tallies.Of(kind)));
}
