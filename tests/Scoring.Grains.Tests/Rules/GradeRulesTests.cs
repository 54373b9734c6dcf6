using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests.Rules;

/// <summary>The criteria-grade regimes R2019 and R2023 (DOMAIN.md §3); <c>tasks</c> is the key criterion.</summary>
public sealed class GradeRulesTests
{
    private static Rating Rate(string regime, Assessment assessment, ChildLevels? children = null) =>
        Assessments.Regime(regime).Rate(assessment, children ?? ChildLevels.None);

    [Theory]
    [InlineData("R2019", Grade.T)]
    [InlineData("R2019", Grade.XS)]
    [InlineData("R2023", Grade.T)]
    [InlineData("R2023", Grade.XS)]
    public void Key_criterion_XS_and_the_others_at_least_T_give_HTXSNV(string regime, Grade others)
    {
        var rating = Rate(regime, Assessments.Grades(tasks: Grade.XS, others: others));

        Assert.Equal(Level.Htxsnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Theory]
    [InlineData("R2019", "politics")]
    [InlineData("R2019", "organization")]
    [InlineData("R2019", "oversight")]
    [InlineData("R2023", "politics")]
    [InlineData("R2023", "organization")]
    [InlineData("R2023", "oversight")]
    public void Key_criterion_XS_with_one_other_criterion_TB_gives_HTTNV(string regime, string criterion)
    {
        var rating = Rate(regime, WithGrade(Assessments.Grades(tasks: Grade.XS, others: Grade.XS), criterion, Grade.TB));

        Assert.Equal(Level.Httnv, rating.Level);
        Assert.Contains("HTXSNV needs key criteria (tasks) XS", Assert.Single(rating.Reasons).Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R2019", Grade.TB)]
    [InlineData("R2019", Grade.T)]
    [InlineData("R2019", Grade.XS)]
    [InlineData("R2023", Grade.TB)]
    [InlineData("R2023", Grade.XS)]
    public void Key_criterion_T_and_the_others_at_least_TB_give_HTTNV(string regime, Grade others)
    {
        var rating = Rate(regime, Assessments.Grades(tasks: Grade.T, others: others));

        Assert.Equal(Level.Httnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Theory]
    [InlineData("R2019", Grade.TB)]
    [InlineData("R2019", Grade.XS)]
    [InlineData("R2023", Grade.TB)]
    [InlineData("R2023", Grade.XS)]
    public void Key_criterion_TB_gives_HTNV_whatever_the_others(string regime, Grade others)
    {
        var rating = Rate(regime, Assessments.Grades(tasks: Grade.TB, others: others));

        Assert.Equal(Level.Htnv, rating.Level);
        var reason = Assert.Single(rating.Reasons);
        Assert.Equal(ReasonCodes.OwnInputs, reason.Code);
        Assert.Contains("HTTNV needs key criteria (tasks) at least T", reason.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R2019", "politics")]
    [InlineData("R2019", "organization")]
    [InlineData("R2019", "tasks")]
    [InlineData("R2019", "oversight")]
    [InlineData("R2023", "politics")]
    [InlineData("R2023", "tasks")]
    public void Any_criterion_graded_K_gives_KHTNV_with_a_reason_naming_it(string regime, string criterion)
    {
        var rating = Rate(regime, WithGrade(Assessments.ExcellentGrades(), criterion, Grade.K), Children.AllExcellent(10));

        Assert.Equal(Level.Khtnv, rating.Level);
        var reason = Assert.Single(rating.Reasons);
        Assert.Equal(ReasonCodes.GradeK, reason.Code);
        Assert.Contains($"'{criterion}'", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_criterion_graded_K_has_its_own_reason()
    {
        var rating = Rate("R2019", Assessments.Grades(Grade.K, Grade.T, Grade.XS, Grade.K));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.GradeK, ReasonCodes.GradeK], rating.Codes());
        Assert.Contains("'politics'", rating.Reasons[0].Sentence, StringComparison.Ordinal);
        Assert.Contains("'oversight'", rating.Reasons[1].Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R2019", "disunity", ReasonCodes.Disunity)]
    [InlineData("R2019", "leadership", ReasonCodes.LeadershipDisciplined)]
    [InlineData("R2019", "targets", ReasonCodes.TargetsNotMet)]
    [InlineData("R2023", "disunity", ReasonCodes.Disunity)]
    [InlineData("R2023", "leadership", ReasonCodes.LeadershipDisciplined)]
    [InlineData("R2023", "targets", ReasonCodes.TargetsNotMet)]
    public void Each_hard_fail_gives_KHTNV_with_its_code_whatever_the_grades(string regime, string trigger, string code)
    {
        var rating = Rate(regime, Assessments.WithHardFail(Assessments.ExcellentGrades(), trigger), Children.AllExcellent(10));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([code], rating.Codes());
    }

    [Theory]
    [InlineData("R2019")]
    [InlineData("R2023")]
    public void Exactly_50_percent_of_targets_met_is_not_a_hard_fail(string regime)
    {
        var rating = Rate(regime, Assessments.ExcellentGrades() with { TargetsMetPercent = 50m });

        Assert.Equal(Level.Htxsnv, rating.Level);
    }

    [Fact]
    public void A_K_grade_and_a_hard_fail_are_both_listed()
    {
        var rating = Rate("R2019", Assessments.Grades(tasks: Grade.K, others: Grade.XS) with { Disunity = true });

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.GradeK, ReasonCodes.Disunity], rating.Codes());
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(5, 5)]
    public void Disciplined_affiliates_do_not_matter_in_R2019(int disciplined, int rated)
    {
        var rating = Rate("R2019", Assessments.ExcellentGrades() with { AffiliatesDisciplined = disciplined }, Children.AllExcellent(rated));

        Assert.Equal(Level.Htxsnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Fact]
    public void R2023_HTXSNV_needs_no_disciplined_affiliate_and_falls_to_HTTNV()
    {
        var rating = Rate("R2023", Assessments.ExcellentGrades() with { AffiliatesDisciplined = 1 }, Children.AllExcellent(10));

        Assert.Equal(Level.Httnv, rating.Level);
        var reason = Assert.Single(rating.Reasons);
        Assert.Equal(ReasonCodes.OwnInputs, reason.Code);
        Assert.Contains("no disciplined affiliate", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void R2023_a_disciplined_affiliate_does_not_lower_HTTNV_grades()
    {
        var rating = Rate("R2023", Assessments.Grades(tasks: Grade.T, others: Grade.T) with { AffiliatesDisciplined = 1 }, Children.AllExcellent(10));

        Assert.Equal(Level.Httnv, rating.Level);
    }

    [Theory]
    [InlineData(2, 9)]
    [InlineData(21, 100)]
    public void R2023_more_than_20_percent_of_affiliates_disciplined_is_a_hard_fail(int disciplined, int rated)
    {
        var rating = Rate("R2023", Assessments.ExcellentGrades() with { AffiliatesDisciplined = disciplined }, Children.AllExcellent(rated));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.AffiliatesDisciplined], rating.Codes());
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(20, 100)]
    public void R2023_exactly_20_percent_of_affiliates_disciplined_is_not_a_hard_fail(int disciplined, int rated)
    {
        var rating = Rate("R2023", Assessments.ExcellentGrades() with { AffiliatesDisciplined = disciplined }, Children.AllExcellent(rated));

        Assert.Equal(Level.Httnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Theory]
    [InlineData("R2019")]
    [InlineData("R2023")]
    public void A_not_rated_unit_is_NOT_RATED_with_its_code_and_needs_no_grades(string regime)
    {
        var rating = Rate(regime, new Assessment { NotRated = true, Disunity = true });

        Assert.Equal(Level.NotRated, rating.Level);
        Assert.Equal([ReasonCodes.NotRated], rating.Codes());
    }

    [Theory]
    [InlineData("R2019")]
    [InlineData("R2023")]
    public void A_rated_unit_without_a_grade_is_refused(string regime)
    {
        var assessment = Assessments.ExcellentGrades() with { Oversight = null };

        var error = Assert.Throws<InvalidOperationException>(() => Rate(regime, assessment));
        Assert.Contains("oversight", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R2019", Grade.XS, Grade.T)]
    [InlineData("R2019", Grade.T, Grade.TB)]
    [InlineData("R2019", Grade.TB, Grade.TB)]
    [InlineData("R2023", Grade.XS, Grade.XS)]
    [InlineData("R2023", Grade.T, Grade.T)]
    [InlineData("R2023", Grade.TB, Grade.XS)]
    public void Every_rated_result_has_exactly_one_own_inputs_reason_first(string regime, Grade tasks, Grade others)
    {
        var rating = Rate(regime, Assessments.Grades(tasks, others), Children.Organizations(htnv: 1, httnv: 1));

        Assert.NotEmpty(rating.Reasons);
        Assert.Equal(ReasonCodes.OwnInputs, rating.Reasons[0].Code);
        Assert.Single(rating.Reasons, r => r.Code == ReasonCodes.OwnInputs);
    }

    [Theory]
    [InlineData("R2019")]
    [InlineData("R2023")]
    public void The_children_caps_apply_after_the_grades(string regime)
    {
        var rating = Rate(regime, Assessments.ExcellentGrades(), Children.Organizations(khtnv: 1, htxsnv: 9));

        Assert.Equal(Level.Htnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenBelowExcellent, ReasonCodes.ChildrenBelowGood], rating.Codes());
    }

    private static Assessment WithGrade(Assessment assessment, string criterion, Grade grade) => criterion switch
    {
        "politics" => assessment with { Politics = grade },
        "organization" => assessment with { Organization = grade },
        "tasks" => assessment with { Tasks = grade },
        "oversight" => assessment with { Oversight = grade },
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };
}
