using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Reports;

/// <summary>Each count and share of a <see cref="TallyView"/> beside the other year's, with the difference.</summary>
public sealed record TallyDifference(
    CountDifference Total,
    CountDifference Pending,
    CountDifference NotRated,
    CountDifference Rated,
    CountDifference Htxsnv,
    CountDifference Httnv,
    CountDifference Htnv,
    CountDifference Khtnv,
    CountDifference HttnvPlus,
    ShareDifference HttnvPlusShare,
    ShareDifference HtxsnvShareOfRated,
    ShareDifference HtxsnvShareOfHttnvPlus,
    CleanStrongDifference CleanStrong)
{
    /// <summary>What a kind that one year does not list counts: nothing.</summary>
    private static readonly TallyView None = TallyView.From(LevelTally.Empty, LevelNames.Since2018);

    public static TallyDifference Between(TallyView mine, TallyView other) => new(
        CountDifference.Between(mine.Total, other.Total),
        CountDifference.Between(mine.Pending, other.Pending),
        CountDifference.Between(mine.NotRated, other.NotRated),
        CountDifference.Between(mine.Rated, other.Rated),
        // Levels compare by rank: up to 2017 TSVM holds the top place and YK the bottom one.
        CountDifference.Between(mine.Htxsnv ?? mine.Tsvm ?? 0, other.Htxsnv ?? other.Tsvm ?? 0),
        CountDifference.Between(mine.Httnv, other.Httnv),
        CountDifference.Between(mine.Htnv, other.Htnv),
        CountDifference.Between(mine.Khtnv ?? mine.Yk ?? 0, other.Khtnv ?? other.Yk ?? 0),
        CountDifference.Between(mine.HttnvPlus, other.HttnvPlus),
        ShareDifference.Between(mine.HttnvPlusShare, other.HttnvPlusShare),
        ShareDifference.Between(mine.HtxsnvShareOfRated, other.HtxsnvShareOfRated),
        ShareDifference.Between(mine.HtxsnvShareOfHttnvPlus, other.HtxsnvShareOfHttnvPlus),
        CleanStrongDifference.Between(mine.CleanStrong, other.CleanStrong));

    /// <summary>
    /// Every kind either year lists, in the order reports list kinds: a kind only one year has (districts before the
    /// 2025 reorganization, cities below a nation) is compared with zeros.
    /// </summary>
    public static IReadOnlyDictionary<string, TallyDifference> ByKind(
        IReadOnlyDictionary<string, TallyView> mine, IReadOnlyDictionary<string, TallyView> other)
    {
        string[] order = [UnitKind.City.ToCode(), .. UnitKindCodes.Reported.Select(kind => kind.ToCode())];
        return mine.Keys.Union(other.Keys)
            .OrderBy(kind => Array.IndexOf(order, kind) switch { -1 => order.Length, var at => at })
            .ToDictionary(kind => kind, kind => Between(mine.GetValueOrDefault(kind, None), other.GetValueOrDefault(kind, None)));
    }
}
