using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests.Rules;

/// <summary>
/// The TSVM regime R2014 (DOMAIN.md §3): TSVM ≥ 90, HTTNV ≥ 70, HTNV ≥ 50, else YK; YK on disunity or corruption;
/// YK for a đảng bộ with more than 1/3 of its rated children YK, or a chi bộ with more than 1/2 of its rated members
/// KHTNV. TSVM is stored in the rank of <see cref="Level.Htxsnv"/>, YK in that of <see cref="Level.Khtnv"/>.
/// </summary>
public sealed class TsvmRulesTests
{
    private static readonly IRuleSet Rules = RuleSets.R2014;

    private static Rating Rate(decimal score, ChildLevels? children = null) =>
        Rules.Rate(Assessments.ScoreR2014(score), children ?? ChildLevels.None);

    [Fact]
    public void The_R2014_parameters_are_the_cut_offs_and_shares_of_the_domain()
    {
        var p = TsvmRuleParameters.R2014;

        Assert.Equal(
            ("R2014", 90m, 70m, 50m, new Ratio(1, 3), new Ratio(1, 2)),
            (p.Name, p.TsvmMinScore, p.GoodMinScore, p.CompleteMinScore, p.ChildOrganizationsYkMaxShare, p.MembersKhtnvMaxShare));
    }

    [Fact]
    public void The_regime_names_its_levels_TSVM_HTTNV_HTNV_and_YK()
    {
        Assert.Same(LevelNames.R2014, Rules.Names);
        Assert.Equal(
            ["TSVM", "HTTNV", "HTNV", "YK"],
            LevelCodes.Rated.Select(Rules.Names.Code));
    }

    [Theory]
    [InlineData(100, Level.Htxsnv)]
    [InlineData(90, Level.Htxsnv)]
    [InlineData(89.99, Level.Httnv)]
    [InlineData(70, Level.Httnv)]
    [InlineData(69.99, Level.Htnv)]
    [InlineData(50, Level.Htnv)]
    [InlineData(49.99, Level.Khtnv)]
    [InlineData(0, Level.Khtnv)]
    public void The_score_alone_gives_the_level_at_and_across_each_cut_off(double score, Level expected)
    {
        var rating = Rate((decimal)score);

        Assert.Equal(expected, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Theory]
    [InlineData(90, "Score 90 ≥ 90: TSVM.")]
    [InlineData(89.99, "Score 89.99 ≥ 70: HTTNV; TSVM needs a score of 90.")]
    [InlineData(50, "Score 50 ≥ 50: HTNV; HTTNV needs a score of 70.")]
    [InlineData(49.5, "Score 49.5 is below 50: YK.")]
    public void The_reason_for_the_own_level_names_it_in_the_R2014_codes(double score, string sentence) =>
        Assert.Equal(sentence, Assert.Single(Rate((decimal)score).Reasons).Sentence);

    [Fact]
    public void Disunity_makes_a_unit_YK_whatever_its_score()
    {
        var rating = Rules.Rate(Assessments.ScoreR2014(100m) with { Disunity = true }, ChildLevels.None);

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.Disunity], rating.Codes());
        Assert.EndsWith("YK.", rating.Reasons[0].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_disciplined_for_corruption_makes_a_unit_YK_whatever_its_score()
    {
        var rating = Rules.Rate(Assessments.ScoreR2014(100m) with { CorruptionDisciplined = true }, ChildLevels.None);

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.CorruptionDisciplined], rating.Codes());
    }

    [Fact]
    public void Disunity_and_corruption_together_give_both_reasons()
    {
        var rating = Rules.Rate(
            Assessments.ScoreR2014(95m) with { Disunity = true, CorruptionDisciplined = true }, Children.Organizations(httnv: 3));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.Disunity, ReasonCodes.CorruptionDisciplined], rating.Codes());
    }

    [Fact]
    public void Flags_that_R2014_does_not_read_change_nothing()
    {
        var rating = Rules.Rate(
            Assessments.ScoreR2014(95m) with { LeadershipDisciplined = true, TargetsMetPercent = 10m, AffiliatesDisciplined = 3 },
            Children.Organizations(htxsnv: 3));

        Assert.Equal(Level.Htxsnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(10, 20)]
    public void A_dang_bo_with_exactly_a_third_of_its_rated_children_YK_is_not_YK(int yk, int others)
    {
        var rating = Rate(95m, Children.Organizations(khtnv: yk, httnv: others));

        Assert.Equal(Level.Htxsnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 5)]
    [InlineData(11, 20)]
    public void A_dang_bo_with_one_more_than_a_third_of_its_rated_children_YK_is_YK(int yk, int others)
    {
        var rating = Rate(95m, Children.Organizations(khtnv: yk, htxsnv: others));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenYk], rating.Codes());
        Assert.Equal(
            $"{yk} of {yk + others} rated child organizations ({Math.Round(100m * yk / (yk + others), 1):0.#}%) are YK, more than 1/3: YK.",
            rating.Reasons[1].Sentence);
    }

    [Fact]
    public void A_dang_bo_with_half_of_its_rated_children_YK_is_YK_since_half_is_more_than_a_third() =>
        Assert.Equal(Level.Khtnv, Rate(75m, Children.Organizations(khtnv: 2, htnv: 2)).Level);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 5)]
    public void A_chi_bo_with_exactly_half_of_its_rated_members_KHTNV_is_not_YK(int khtnv, int others)
    {
        var rating = Rate(95m, Children.Members(khtnv: khtnv, httnv: others));

        Assert.Equal(Level.Htxsnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(6, 5)]
    [InlineData(1, 0)]
    public void A_chi_bo_with_one_more_than_half_of_its_rated_members_KHTNV_is_YK(int khtnv, int others)
    {
        var rating = Rate(75m, Children.Members(khtnv: khtnv, htxsnv: others));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.MembersKhtnv], rating.Codes());
        Assert.Contains("rated members", rating.Reasons[1].Sentence, StringComparison.Ordinal);
        Assert.EndsWith("KHTNV, more than 1/2: YK.", rating.Reasons[1].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chi_bo_with_a_third_of_its_members_KHTNV_is_not_capped_as_a_dang_bo_would_be() =>
        Assert.Equal(Level.Httnv, Rate(75m, Children.Members(khtnv: 2, htnv: 2)).Level);

    [Fact]
    public void Children_below_HTTNV_do_not_cap_a_TSVM_unit_as_the_later_regimes_would()
    {
        // Under HD 21 these children would cap HTXSNV at HTNV (not every child HTNV+); R2014 has no such cap.
        var rating = Rate(95m, Children.Organizations(khtnv: 1, htnv: 5));

        Assert.Equal(Level.Htxsnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Fact]
    public void A_unit_YK_on_its_score_gets_no_second_reason_from_its_children()
    {
        var rating = Rate(30m, Children.Organizations(khtnv: 3));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Fact]
    public void With_no_rated_children_no_cap_applies() =>
        Assert.Equal(Level.Htxsnv, Rate(95m, Children.Members()).Level);

    [Fact]
    public void A_not_rated_unit_is_NOT_RATED_and_needs_no_score()
    {
        var rating = Rules.Rate(new Assessment { NotRated = true }, Children.Organizations(khtnv: 5));

        Assert.Equal(Level.NotRated, rating.Level);
        Assert.Equal([ReasonCodes.NotRated], rating.Codes());
    }

    [Fact]
    public void A_rated_unit_with_no_score_is_an_import_error_not_a_level() =>
        Assert.Throws<InvalidOperationException>(() => Rules.Rate(new Assessment { Disunity = false, CorruptionDisciplined = false }, ChildLevels.None));
}
