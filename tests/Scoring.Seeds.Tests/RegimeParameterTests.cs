using Scoring.Grains.Rules;

namespace Scoring.Seeds.Tests;

/// <summary>
/// The generator draws against the parameters of the regime it generates for, not copies of their values: a year
/// generated for a regime whose every threshold and share is moved still rates to its expected levels under it.
/// </summary>
public sealed class RegimeParameterTests
{
    private static readonly ChildrenCapParameters MovedCaps = new(
        KhtnvMaxShare: 0.25m,
        ExcellentMinHtnvPlusShare: 0.98m,
        ExcellentMinHttnvPlusShare: 0.90m,
        GoodMinHtnvPlusShare: 0.95m,
        GoodMinHttnvPlusShare: 0.60m);

    [Fact]
    public void A_year_generated_for_moved_score_thresholds_task_shares_and_caps_rates_to_its_expected_levels() =>
        AssertExpectedLevels(2025, SeedRegime.Of(ScoreRuleParameters.R2025 with
        {
            ExcellentMinScore = 85m,
            GoodMinScore = 65m,
            CompleteMinScore = 45m,
            ExcellentMinExceededShare = 0.50m,
            CompleteMaxLateShare = 0.10m,
            AffiliatesMaxShare = 0.10m,
            TargetsMetMinPercent = 60m,
            Caps = MovedCaps,
        }));

    [Fact]
    public void A_year_generated_for_moved_key_criteria_affiliate_rules_targets_and_caps_rates_to_its_expected_levels() =>
        AssertExpectedLevels(2024, SeedRegime.Of(GradeRuleParameters.R2023 with
        {
            KeyCriteria = ["tasks", "organization"],
            AffiliatesMaxShare = 0.10m,
            ExcellentNeedsNoDisciplinedAffiliate = false,
            TargetsMetMinPercent = 60m,
            Caps = MovedCaps,
        }));

    [Fact]
    public void A_year_generated_for_another_key_criterion_and_a_lower_targets_floor_rates_to_its_expected_levels() =>
        AssertExpectedLevels(2019, SeedRegime.Of(GradeRuleParameters.R2019 with
        {
            KeyCriteria = ["politics"],
            TargetsMetMinPercent = 40m,
            Caps = MovedCaps,
        }));

    [Fact]
    public void A_year_generated_for_moved_R2014_cut_offs_and_YK_shares_rates_to_its_expected_levels() =>
        AssertExpectedLevels(2016, SeedRegime.Of(TsvmRuleParameters.R2014 with
        {
            TsvmMinScore = 85m,
            GoodMinScore = 65m,
            CompleteMinScore = 45m,
            ChildOrganizationsYkMaxShare = new Ratio(1, 4),
            MembersKhtnvMaxShare = new Ratio(2, 5),
        }));

    private static void AssertExpectedLevels(int year, SeedRegime regime)
    {
        var generated = YearGenerator.Generate(SeedTree.Build(Generated.Seed, SeedScale.City, year), Generated.Seed, year, regime);

        Assert.Empty(BottomUp.Mismatches(generated, regime.Rules));
    }
}
