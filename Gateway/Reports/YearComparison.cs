using System.Text.Json.Serialization;

namespace Scoring.Gateway.Reports;

/// <summary>
/// The same unit (by id) in another year, beside this year's report: each count and share of the report with the
/// other year's value and the difference (this year minus the other). A unit the other year's tree does not have
/// is <see cref="Found"/> false, with nothing else.
/// </summary>
public sealed record YearComparison(
    int Year,
    bool Found,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Version = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LevelDifference? Level = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScoreDifference? Score = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, TallyDifference>? Subtree = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, TallyDifference>? Direct = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MemberDifference? Members = null)
{
    public static YearComparison Missing(int year) => new(year, Found: false);

    public static YearComparison Between(UnitReport mine, UnitReport other) => new(
        other.Year,
        Found: true,
        other.Version,
        LevelDifference.Between(mine.Level, other.Level),
        ScoreDifference.Between(mine.Score, other.Score),
        TallyDifference.ByKind(mine.Subtree, other.Subtree),
        TallyDifference.ByKind(mine.Direct, other.Direct),
        MemberDifference.Between(mine.Members, other.Members));
}
