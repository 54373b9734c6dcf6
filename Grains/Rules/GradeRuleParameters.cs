namespace Scoring.Grains.Rules;

/// <summary>
/// The parameters of the criteria-grade regimes (DOMAIN.md §3): R2019 (QĐ 132 + HD 21) and R2023 (QĐ 124 + HD 25).
/// </summary>
/// <param name="KeyCriteria">The criteria that must be XS for HTXSNV and at least T for HTTNV.</param>
/// <param name="AffiliatesMaxShare">More than this share of rated child organizations disciplined is a hard fail;
/// null where the regime has no such trigger.</param>
/// <param name="ExcellentNeedsNoDisciplinedAffiliate">Whether HTXSNV needs no disciplined affiliate.</param>
public sealed record GradeRuleParameters(
    string Name,
    IReadOnlyList<string> KeyCriteria,
    decimal TargetsMetMinPercent,
    decimal? AffiliatesMaxShare,
    bool ExcellentNeedsNoDisciplinedAffiliate,
    ChildrenCapParameters Caps)
{
    public static GradeRuleParameters R2019 { get; } =
        new("R2019", ["tasks"], 50m, AffiliatesMaxShare: null, ExcellentNeedsNoDisciplinedAffiliate: false, ChildrenCapParameters.Hd21);

    public static GradeRuleParameters R2023 { get; } =
        new("R2023", ["tasks"], 50m, AffiliatesMaxShare: 0.20m, ExcellentNeedsNoDisciplinedAffiliate: true, ChildrenCapParameters.Hd21);
}
