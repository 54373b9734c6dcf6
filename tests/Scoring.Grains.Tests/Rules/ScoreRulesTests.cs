using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests.Rules;

/// <summary>The 100-point regime R2025 (DOMAIN.md §3, §9).</summary>
public sealed class ScoreRulesTests
{
    private static readonly IRuleSet Rules = RuleSets.R2025;

    private static Rating Rate(Assessment assessment, ChildLevels? children = null) =>
        Rules.Rate(assessment, children ?? ChildLevels.None);

    public static TheoryData<decimal, Level> ScoreThresholds => new()
    {
        { 100m, Level.Htxsnv },
        { 90m, Level.Htxsnv },
        { 89.99m, Level.Httnv },
        { 70m, Level.Httnv },
        { 69.99m, Level.Htnv },
        { 50m, Level.Htnv },
        { 49.99m, Level.Khtnv },
        { 0m, Level.Khtnv },
    };

    [Theory]
    [MemberData(nameof(ScoreThresholds))]
    public void The_score_thresholds_are_90_70_and_50_inclusive(decimal score, Level expected)
    {
        var rating = Rate(Assessments.ExcellentR2025() with { Score = score });

        Assert.Equal(expected, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Fact]
    public void The_reason_names_the_score_and_the_threshold_missed()
    {
        var rating = Rate(Assessments.ExcellentR2025() with { Score = 89.99m });

        var reason = Assert.Single(rating.Reasons);
        Assert.Contains("89.99", reason.Sentence, StringComparison.Ordinal);
        Assert.Contains("HTXSNV needs a score of 90", reason.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(95)]
    [InlineData(75)]
    public void One_late_task_rules_out_HTXSNV_and_HTTNV(int score)
    {
        var rating = Rate(Assessments.TasksR2025(score, total: 10, exceeded: 5, late: 1));

        Assert.Equal(Level.Htnv, rating.Level);
        Assert.Contains("1 was late", Assert.Single(rating.Reasons).Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(95)]
    [InlineData(75)]
    [InlineData(55)]
    public void One_unfinished_task_rules_out_every_level_above_KHTNV(int score)
    {
        var rating = Rate(Assessments.TasksR2025(score, total: 10, exceeded: 5, unfinished: 1));

        Assert.Equal(Level.Khtnv, rating.Level);
        var reason = Assert.Single(rating.Reasons);
        Assert.Equal(ReasonCodes.OwnInputs, reason.Code);
        Assert.Contains("1 of 10 tasks is unfinished", reason.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 10)]
    [InlineData(30, 100)]
    [InlineData(10, 10)]
    public void Exactly_30_percent_of_tasks_exceeded_allows_HTXSNV(int exceeded, int total)
    {
        var rating = Rate(Assessments.TasksR2025(95m, total, exceeded));

        Assert.Equal(Level.Htxsnv, rating.Level);
    }

    [Theory]
    [InlineData(29, 100)]
    [InlineData(2, 10)]
    [InlineData(0, 10)]
    public void Just_under_30_percent_of_tasks_exceeded_gives_HTTNV(int exceeded, int total)
    {
        var rating = Rate(Assessments.TasksR2025(95m, total, exceeded));

        Assert.Equal(Level.Httnv, rating.Level);
        Assert.Contains("of tasks exceeded", Assert.Single(rating.Reasons).Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(55, 2, 10)]
    [InlineData(55, 20, 100)]
    [InlineData(95, 20, 100)]
    public void Exactly_20_percent_of_tasks_late_still_allows_HTNV(int score, int late, int total)
    {
        var rating = Rate(Assessments.TasksR2025(score, total, exceeded: 0, late: late));

        Assert.Equal(Level.Htnv, rating.Level);
    }

    [Theory]
    [InlineData(55, 21, 100)]
    [InlineData(55, 3, 10)]
    [InlineData(95, 21, 100)]
    public void Just_over_20_percent_of_tasks_late_gives_KHTNV(int score, int late, int total)
    {
        var rating = Rate(Assessments.TasksR2025(score, total, exceeded: 0, late: late));

        Assert.Equal(Level.Khtnv, rating.Level);
        var reason = Assert.Single(rating.Reasons);
        Assert.Equal(ReasonCodes.OwnInputs, reason.Code);
        Assert.Contains($"{late} of {total} tasks were late", reason.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(95, Level.Htxsnv)]
    [InlineData(75, Level.Httnv)]
    [InlineData(55, Level.Htnv)]
    [InlineData(45, Level.Khtnv)]
    public void A_unit_with_no_tasks_meets_the_task_shares(int score, Level expected)
    {
        var rating = Rate(Assessments.TasksR2025(score, total: 0));

        Assert.Equal(expected, rating.Level);
    }

    [Fact]
    public void Task_counts_left_empty_count_as_no_tasks()
    {
        var rating = Rate(Assessments.ExcellentR2025() with
        {
            TasksTotal = null, TasksOnTime = null, TasksExceeded = null, TasksLate = null, TasksUnfinished = null,
        });

        Assert.Equal(Level.Htxsnv, rating.Level);
    }

    public static TheoryData<decimal, decimal, Level> ScoreParts => new()
    {
        { 28m, 62m, Level.Htxsnv },
        { 28m, 61.99m, Level.Httnv },
        { 30m, 40m, Level.Httnv },
        { 20m, 30m, Level.Htnv },
        { 20m, 29.99m, Level.Khtnv },
    };

    [Theory]
    [MemberData(nameof(ScoreParts))]
    public void Without_a_score_the_score_is_common_score_plus_task_score(decimal common, decimal task, Level expected)
    {
        var rating = Rate(Assessments.ExcellentR2025() with { Score = null, CommonScore = common, TaskScore = task });

        Assert.Equal(expected, rating.Level);
    }

    [Fact]
    public void A_given_score_is_what_the_rule_reads()
    {
        var rating = Rate(Assessments.ExcellentR2025() with { Score = 95m, CommonScore = 10m, TaskScore = 10m });

        Assert.Equal(Level.Htxsnv, rating.Level);
    }

    [Fact]
    public void A_disciplined_affiliate_within_20_percent_blocks_HTXSNV_but_not_HTTNV()
    {
        var rating = Rate(Assessments.ExcellentR2025() with { AffiliatesDisciplined = 1 }, Children.AllExcellent(10));

        Assert.Equal(Level.Httnv, rating.Level);
        var reason = Assert.Single(rating.Reasons);
        Assert.Equal(ReasonCodes.OwnInputs, reason.Code);
        Assert.Contains("no disciplined affiliate", reason.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("disunity", ReasonCodes.Disunity)]
    [InlineData("leadership", ReasonCodes.LeadershipDisciplined)]
    [InlineData("targets", ReasonCodes.TargetsNotMet)]
    public void Each_hard_fail_gives_KHTNV_with_its_code_whatever_the_score(string trigger, string code)
    {
        var perfect = Assessments.TasksR2025(100m, total: 10, exceeded: 10);

        var rating = Rate(Assessments.WithHardFail(perfect, trigger), Children.AllExcellent(10));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([code], rating.Codes());
    }

    [Theory]
    [InlineData(2, 9)]
    [InlineData(21, 100)]
    [InlineData(1, 1)]
    public void More_than_20_percent_of_rated_child_organizations_disciplined_is_a_hard_fail(int disciplined, int rated)
    {
        var rating = Rate(Assessments.ExcellentR2025() with { AffiliatesDisciplined = disciplined }, Children.AllExcellent(rated));

        Assert.Equal(Level.Khtnv, rating.Level);
        var reason = Assert.Single(rating.Reasons);
        Assert.Equal(ReasonCodes.AffiliatesDisciplined, reason.Code);
        Assert.Contains($"{disciplined} of {rated} rated child organizations", reason.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(20, 100)]
    public void Exactly_20_percent_of_rated_child_organizations_disciplined_is_not_a_hard_fail(int disciplined, int rated)
    {
        var rating = Rate(Assessments.ExcellentR2025() with { AffiliatesDisciplined = disciplined }, Children.AllExcellent(rated));

        Assert.Equal(Level.Httnv, rating.Level);
        Assert.DoesNotContain(ReasonCodes.AffiliatesDisciplined, rating.Codes());
    }

    [Fact]
    public void The_affiliates_share_is_of_rated_child_organizations_only()
    {
        // 2 of 5 rated (40%) is a hard fail; over all 10 children with the not-rated ones it would be 20%.
        var children = ChildLevels.FromOrganizations(new LevelTally(Pending: 0, NotRated: 5, Khtnv: 0, Htnv: 0, Httnv: 0, Htxsnv: 5));

        var rating = Rate(Assessments.ExcellentR2025() with { AffiliatesDisciplined = 2 }, children);

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.AffiliatesDisciplined], rating.Codes());
    }

    [Fact]
    public void Targets_met_below_50_percent_is_a_hard_fail_and_the_reason_gives_the_percent()
    {
        var rating = Rate(Assessments.ExcellentR2025() with { TargetsMetPercent = 49.99m });

        Assert.Equal(Level.Khtnv, rating.Level);
        var reason = Assert.Single(rating.Reasons);
        Assert.Equal(ReasonCodes.TargetsNotMet, reason.Code);
        Assert.Contains("49.99%", reason.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_50_percent_of_targets_met_is_not_a_hard_fail()
    {
        var rating = Rate(Assessments.ExcellentR2025() with { TargetsMetPercent = 50m });

        Assert.Equal(Level.Htxsnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }

    [Fact]
    public void Disciplined_affiliates_are_no_hard_fail_while_no_child_organization_is_rated()
    {
        var rating = Rate(Assessments.ExcellentR2025() with { AffiliatesDisciplined = 1 }, Children.Organizations(0, 0, 0, 0));

        Assert.Equal(Level.Httnv, rating.Level);
        Assert.DoesNotContain(ReasonCodes.AffiliatesDisciplined, rating.Codes());
        Assert.Contains("1 was disciplined", rating.Reasons[0].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_hard_fail_that_applies_is_listed()
    {
        var assessment = Assessments.ExcellentR2025() with
        {
            Disunity = true, LeadershipDisciplined = true, AffiliatesDisciplined = 3, TargetsMetPercent = 10m,
        };

        var rating = Rate(assessment, Children.AllExcellent(10));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal(
            [ReasonCodes.Disunity, ReasonCodes.LeadershipDisciplined, ReasonCodes.AffiliatesDisciplined, ReasonCodes.TargetsNotMet],
            rating.Codes());
    }

    [Fact]
    public void A_hard_fail_wins_over_a_perfect_score_and_perfect_children()
    {
        var rating = Rate(
            Assessments.TasksR2025(100m, total: 10, exceeded: 10) with { Disunity = true },
            Children.AllExcellent(50));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.DoesNotContain(ReasonCodes.OwnInputs, rating.Codes());
    }

    [Fact]
    public void A_not_rated_unit_is_NOT_RATED_with_its_code()
    {
        var rating = Rate(new Assessment { NotRated = true });

        Assert.Equal(Level.NotRated, rating.Level);
        Assert.Equal([ReasonCodes.NotRated], rating.Codes());
    }

    [Fact]
    public void Not_rated_comes_before_the_hard_fails()
    {
        var rating = Rate(Assessments.ExcellentR2025() with { NotRated = true, Disunity = true }, Children.Organizations(khtnv: 9));

        Assert.Equal(Level.NotRated, rating.Level);
        Assert.Equal([ReasonCodes.NotRated], rating.Codes());
    }

    public static TheoryData<decimal, int, int, int> Profiles => new()
    {
        { 95m, 5, 0, 0 },
        { 95m, 0, 0, 0 },
        { 75m, 5, 0, 0 },
        { 75m, 5, 1, 0 },
        { 55m, 0, 2, 0 },
        { 55m, 0, 3, 0 },
        { 55m, 0, 0, 1 },
        { 10m, 0, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_rated_result_starts_with_exactly_one_own_inputs_reason(decimal score, int exceeded, int late, int unfinished)
    {
        var rating = Rate(Assessments.TasksR2025(score, 10, exceeded, late, unfinished));

        Assert.NotEmpty(rating.Reasons);
        Assert.Equal(ReasonCodes.OwnInputs, rating.Reasons[0].Code);
        Assert.Single(rating.Reasons, r => r.Code == ReasonCodes.OwnInputs);
        Assert.All(rating.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Sentence)));
    }

    [Fact]
    public void Own_inputs_come_first_and_the_children_caps_after()
    {
        var rating = Rate(Assessments.ExcellentR2025(), Children.Organizations(htnv: 6, httnv: 4));

        Assert.Equal(Level.Htnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenBelowExcellent, ReasonCodes.ChildrenBelowGood], rating.Codes());
    }

    [Fact]
    public void The_children_caps_do_not_raise_an_own_level_of_KHTNV()
    {
        var rating = Rate(Assessments.ExcellentR2025() with { Score = 40m }, Children.AllExcellent(10));

        Assert.Equal(Level.Khtnv, rating.Level);
        Assert.Equal([ReasonCodes.OwnInputs], rating.Codes());
    }
}
