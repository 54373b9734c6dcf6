using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>A unit against a target (DOMAIN.md §7): shares of the rated of its subtree, compared exactly.</summary>
public sealed class TargetCheckTests
{
    private static Target Target(string indicator, string comparator, decimal value) =>
        new("01-CTr/TU", "T1", UnitKind.City, indicator, comparator, value, 2016, 2020);

    /// <summary>Two of four rated grassroots organizations HTTNV+ (50%), one not rated, one pending.</summary>
    private static readonly KindTallies HalfGood = Tallies(
        (UnitKind.Grassroots, Level.Htxsnv, 1),
        (UnitKind.Grassroots, Level.Httnv, 1),
        (UnitKind.Grassroots, Level.Htnv, 1),
        (UnitKind.Grassroots, Level.Khtnv, 1),
        (UnitKind.Grassroots, Level.NotRated, 1),
        (UnitKind.Grassroots, Level.Pending, 1));

    [Theory]
    [InlineData(">", false)]
    [InlineData(">=", true)]
    [InlineData("<", false)]
    [InlineData("<=", true)]
    public void Each_comparator_at_equality(string comparator, bool met)
    {
        var result = TargetCheck.Evaluate(Target("grassroots_httnv_plus_share", comparator, 50m), HalfGood, MemberTally.Empty, RuleSets.R2019);

        Assert.Equal(new TargetResult("T1", "grassroots_httnv_plus_share", comparator, 50m, 50.00m, met), result);
    }

    [Theory]
    [InlineData(">", 49.99, true)]
    [InlineData(">", 50.01, false)]
    [InlineData("<", 50.01, true)]
    [InlineData("<", 49.99, false)]
    public void Each_strict_comparator_just_across_the_value(string comparator, double value, bool met)
    {
        var result = TargetCheck.Evaluate(Target("grassroots_httnv_plus_share", comparator, (decimal)value), HalfGood, MemberTally.Empty, RuleSets.R2019);

        Assert.Equal(met, result.Met);
    }

    [Fact]
    public void Met_is_compared_with_the_exact_share_not_the_rounded_one()
    {
        // Two of three: 66.666...%, shown as 66.67, which is not > 66.67 but is > 66.666.
        var twoOfThree = Tallies((UnitKind.Grassroots, Level.Httnv, 2), (UnitKind.Grassroots, Level.Htnv, 1));

        var above = TargetCheck.Evaluate(Target("grassroots_httnv_plus_share", ">=", 66.67m), twoOfThree, MemberTally.Empty, RuleSets.R2019);
        var below = TargetCheck.Evaluate(Target("grassroots_httnv_plus_share", ">", 66.666m), twoOfThree, MemberTally.Empty, RuleSets.R2019);

        Assert.Equal((66.67m, false), (above.Actual, above.Met));
        Assert.True(below.Met);
    }

    [Fact]
    public void The_actual_rounds_half_up_to_two_decimals()
    {
        // One of 16,000 members KHTNV: 0.00625% → 0.01.
        var members = Members(httnv: 15_999, khtnv: 1);

        var result = TargetCheck.Evaluate(Target("members_khtnv_share", "<", 1m), KindTallies.Empty, members, RuleSets.R2019);

        Assert.Equal(0.01m, result.Actual);
        Assert.True(result.Met);
    }

    [Fact]
    public void A_group_with_no_rated_unit_has_no_actual_and_is_not_met()
    {
        var onlyPending = Tallies((UnitKind.Cell, Level.Pending, 3), (UnitKind.Cell, Level.NotRated, 1));

        var result = TargetCheck.Evaluate(Target("cell_khtnv_share", "<", 10m), onlyPending, MemberTally.Empty, RuleSets.R2019);

        Assert.Equal(new TargetResult("T1", "cell_khtnv_share", "<", 10m, null, false), result);
    }

    [Fact]
    public void Members_shares_leave_out_the_members_not_rated()
    {
        var members = Members(htxsnv: 10, httnv: 60, htnv: 25, khtnv: 5, notRated: 100);

        var result = TargetCheck.Evaluate(Target("members_httnv_plus_share", ">", 70m), KindTallies.Empty, members, RuleSets.R2019);

        Assert.Equal((70.00m, false), (result.Actual, result.Met));
    }

    [Fact]
    public void Clean_and_strong_from_2018_is_the_HTTNV_plus_share()
    {
        var result = TargetCheck.Evaluate(Target("grassroots_clean_strong_share", ">", 50m), HalfGood, MemberTally.Empty, RuleSets.R2023);

        Assert.Equal(50.00m, result.Actual);
    }

    [Fact]
    public void The_KHTNV_share_counts_KHTNV_of_the_rated()
    {
        var result = TargetCheck.Evaluate(Target("grassroots_khtnv_share", "<=", 25m), HalfGood, MemberTally.Empty, RuleSets.R2025);

        Assert.Equal((25.00m, true), (result.Actual, result.Met));
    }

    [Theory]
    [InlineData("grassroots_httnv_plus_share", UnitKind.Grassroots, TargetMeasure.HttnvPlusShare)]
    [InlineData("upper_khtnv_share", UnitKind.Upper, TargetMeasure.KhtnvShare)]
    [InlineData("partial_clean_strong_share", UnitKind.Partial, TargetMeasure.CleanStrongShare)]
    [InlineData("cell_httnv_plus_share", UnitKind.Cell, TargetMeasure.HttnvPlusShare)]
    public void Indicators_name_a_kind_and_a_measure(string code, UnitKind kind, TargetMeasure measure)
    {
        Assert.True(TargetIndicator.TryParse(code, out var indicator));
        Assert.Equal(new TargetIndicator(kind, measure), indicator);
    }

    [Theory]
    [InlineData("members_clean_strong_share")]
    [InlineData("nation_httnv_plus_share")]
    [InlineData("grassroots_share")]
    [InlineData("Grassroots_httnv_plus_share")]
    [InlineData("")]
    public void Indicators_outside_the_contract_are_not_read(string code)
    {
        Assert.False(TargetIndicator.TryParse(code, out _));
    }

    [Fact]
    public void A_unit_reports_the_targets_of_its_kind_and_year_in_the_file_s_order()
    {
        Target[] targets =
        [
            new("01-CTr/TU", "DV70", UnitKind.City, "members_httnv_plus_share", ">", 70m, 2016, 2020),
            new("01-CTr/TU", "CS50", UnitKind.City, "grassroots_clean_strong_share", ">", 50m, 2016, null),
            new("01-CTr/TU", "OLD", UnitKind.City, "grassroots_clean_strong_share", ">", 50m, 2010, 2015),
        ];
        var city = State("HN", UnitKind.City, null, year: 2020, children: [Report("G1", UnitKind.Grassroots, 1, Level.Httnv, members: Members(httnv: 3, htnv: 1))])
            with { Targets = targets };

        var results = RollUp.Summarize(city, RuleSets.R2019).Targets!;

        Assert.Equal(
            [new TargetResult("DV70", "members_httnv_plus_share", ">", 70m, 75.00m, true), new TargetResult("CS50", "grassroots_clean_strong_share", ">", 50m, 100.00m, true)],
            results);
    }

    [Fact]
    public void A_unit_with_no_target_reports_none()
    {
        Assert.Null(RollUp.Summarize(Cell(2024), RuleSets.R2023).Targets);
    }
}
