using System.Text.Json.Serialization;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Reports;

/// <summary>
/// The organizations of one kind by level, with the shares dashboards quote. Shares are of the rated units. The
/// top and bottom ranks are named as the year names them: <c>htxsnv</c> and <c>khtnv</c> since 2018, <c>tsvm</c>
/// and <c>yk</c> in the R2014 years (2014–2017), where HTTNV+ is TSVM and HTTNV. The HTXSNV shares are the quota
/// view of DOMAIN.md §5, which R2014 has not: its years leave them out.
/// </summary>
public sealed record TallyView(
    int Total,
    int Pending,
    int NotRated,
    int Rated,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Htxsnv,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Tsvm,
    int Httnv,
    int Htnv,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Khtnv,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Yk,
    int HttnvPlus,
    double? HttnvPlusShare,
    double? HtxsnvShareOfRated,
    double? HtxsnvShareOfHttnvPlus,
    CleanStrongView CleanStrong)
{
    /// <summary>Whether the year is an R2014 one, whose names and figures these are.</summary>
    [JsonIgnore]
    public bool R2014 => Tsvm is not null;

    public static TallyView From(LevelTally tally, LevelNames names)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var r2014 = names == LevelNames.R2014;
        return new TallyView(
            tally.Total,
            tally.Pending,
            tally.NotRated,
            tally.Rated,
            r2014 ? null : tally.Htxsnv,
            r2014 ? tally.Htxsnv : null,
            tally.Httnv,
            tally.Htnv,
            r2014 ? null : tally.Khtnv,
            r2014 ? tally.Khtnv : null,
            tally.HttnvPlus,
            Share.Of(tally.HttnvPlus, tally.Rated),
            r2014 ? null : Share.Of(tally.Htxsnv, tally.Rated),
            r2014 ? null : Share.Of(tally.Htxsnv, tally.HttnvPlus),
            // Up to 2017 clean and strong was a level, the top rank; since 2018 it is read from HTTNV+ (DOMAIN.md §2).
            r2014
                ? new CleanStrongView(tally.Htxsnv, Share.Of(tally.Htxsnv, tally.Rated), Derived: false, Basis: names.Code(Level.Htxsnv))
                : new CleanStrongView(tally.HttnvPlus, Share.Of(tally.HttnvPlus, tally.Rated), Derived: true, Basis: "HTTNV+"));
    }

    /// <summary>
    /// One view for every kind that can sit below a city, keyed by the kind's code, so a city's shape never varies;
    /// a nation's also has its cities.
    /// </summary>
    public static IReadOnlyDictionary<string, TallyView> ByKind(KindTallies tallies, LevelNames names) =>
        UnitKindCodes.ReportedIn(tallies).ToDictionary(kind => kind.ToCode(), kind => From(tallies.Of(kind), names));
}
