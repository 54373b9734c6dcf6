using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>
/// The deciding committee's decision (DOMAIN.md §5, §9): the rules propose, the committee decides, and parents,
/// quotas and reports read the final level.
/// </summary>
public sealed class DecisionTests
{
    private static readonly OrganizationTurn Turn2024 = new(RuleSets.R2023);

    /// <summary>A district with four grassroots organizations, one KHTNV: more than 20% → the district is capped at KHTNV.</summary>
    private static OrganizationState DistrictWithOneKhtnvOfFour() =>
        State("U", UnitKind.Upper, "HN", depth: 1, children:
        [
            Report("G1", UnitKind.Grassroots, 1, Level.Khtnv),
            Report("G2", UnitKind.Grassroots, 1, Level.Httnv),
            Report("G3", UnitKind.Grassroots, 1, Level.Httnv),
            Report("G4", UnitKind.Grassroots, 1, Level.Httnv),
        ]) with { Assessment = Own(2024, Level.Httnv) };

    [Fact]
    public void A_decided_level_below_the_proposed_one_is_final_and_the_proposed_one_is_kept()
    {
        var state = Cell(2024) with { Assessment = Own(2024, Level.Htxsnv), Members = Members(htxsnv: 5), Decision = new Decision(Level.Htnv, "Chậm nộp báo cáo", false) };

        var summary = RollUp.Summarize(state, RuleSets.R2023);

        Assert.Equal((Level.Htnv, Level.Htxsnv, (Level?)Level.Htnv), (summary.Level, summary.Proposed, summary.Decided));
        Assert.Equal(ReasonCodes.Decided, summary.Reasons[^1].Code);
        Assert.Contains("Chậm nộp báo cáo", summary.Reasons[^1].Sentence);
    }

    [Fact]
    public void A_decided_level_above_what_the_children_s_cap_allows_is_final()
    {
        var state = DistrictWithOneKhtnvOfFour() with { Decision = new Decision(Level.Httnv, null, false) };

        var summary = RollUp.Summarize(state, RuleSets.R2023);

        Assert.Equal(Level.Khtnv, summary.Proposed);
        Assert.Equal(Level.Httnv, summary.Level);
        Assert.Contains(summary.Reasons, r => r.Code == ReasonCodes.ChildrenKhtnv);
    }

    [Fact]
    public void A_decision_that_confirms_the_proposed_level_says_so()
    {
        var state = Cell(2024) with { Assessment = Own(2024, Level.Httnv), Members = Members(httnv: 5), Decision = new Decision(Level.Httnv, null, false) };

        var reason = RollUp.Summarize(state, RuleSets.R2023).Reasons[^1];

        Assert.Equal(ReasonCodes.Decided, reason.Code);
        Assert.Contains("confirmed HTTNV", reason.Sentence);
    }

    [Fact]
    public void A_decision_with_no_level_leaves_decided_null_and_may_grant_the_award()
    {
        var state = Cell(2024) with { Assessment = Own(2024, Level.Htxsnv), Members = Members(htxsnv: 5), Decision = new Decision(null, "TSVM tiêu biểu", true) };

        var summary = RollUp.Summarize(state, RuleSets.R2023);

        Assert.Null(summary.Decided);
        Assert.True(summary.Exemplary);
        Assert.Equal(Level.Htxsnv, summary.Level);
        Assert.DoesNotContain(summary.Reasons, r => r.Code == ReasonCodes.Decided);
    }

    [Fact]
    public void A_unit_with_no_decision_is_not_exemplary_and_its_final_level_is_the_proposed_one()
    {
        var summary = RollUp.Summarize(Cell(2024) with { Assessment = Own(2024, Level.Htnv) }, RuleSets.R2023);

        Assert.Equal((Level.Htnv, Level.Htnv, (Level?)null, false), (summary.Level, summary.Proposed, summary.Decided, summary.Exemplary));
    }

    [Fact]
    public void A_decided_level_is_final_while_units_below_are_still_pending_and_is_not_called_provisional()
    {
        var state = Grassroots(2024, Placeholder("C1", UnitKind.Cell)) with
        {
            Assessment = Own(2024, Level.Httnv),
            Decision = new Decision(Level.Htnv, null, false),
        };

        var summary = RollUp.Summarize(state, RuleSets.R2023);

        Assert.Equal(Level.Htnv, summary.Level);
        Assert.DoesNotContain(summary.Reasons, r => r.Code == ReasonCodes.ChildrenPending);
    }

    [Fact]
    public void A_decided_level_travels_to_the_parent_as_the_child_s_level()
    {
        var cell = Cell(2024) with { Assessment = Own(2024, Level.Htxsnv), Members = Members(htxsnv: 5), Version = 1 };

        var result = Turn2024.Turn(cell, [new DecisionRecorded(new Decision(Level.Htnv, null, false))]);

        Assert.Equal(Level.Htnv, result.ReportToParent!.Level);
        Assert.Equal(2, result.ReportToParent.Version);
    }

    [Fact]
    public void A_child_s_decision_lifts_the_parent_s_cap_when_the_KHTNV_share_falls_to_twenty_percent_or_less()
    {
        var capped = RollUp.Summarize(DistrictWithOneKhtnvOfFour(), RuleSets.R2023);
        var decidedChild = Report("G1", UnitKind.Grassroots, 2, Level.Htnv);

        var lifted = Turn2024.Turn(DistrictWithOneKhtnvOfFour(), [new ChildReported(decidedChild)]);

        Assert.Equal(Level.Khtnv, capped.Level);
        Assert.Equal(Level.Httnv, lifted.Summary.Level);
        Assert.Equal(1, lifted.Summary.Direct.Grassroots.Htnv);
    }

    [Fact]
    public void A_child_s_decision_that_lowers_it_to_KHTNV_caps_the_parent()
    {
        var district = DistrictWithOneKhtnvOfFour() with
        {
            Children = [.. DistrictWithOneKhtnvOfFour().Children.Select(c => c.Child == Id("G1") ? c with { Level = Level.Httnv } : c)],
        };
        var decidedChild = Report("G1", UnitKind.Grassroots, 2, Level.Khtnv);

        var before = RollUp.Summarize(district, RuleSets.R2023);
        var after = Turn2024.Turn(district, [new ChildReported(decidedChild)]);

        Assert.Equal(Level.Httnv, before.Level);
        Assert.Equal(Level.Khtnv, after.Summary.Level);
    }

    [Fact]
    public void Quotas_read_the_children_s_final_levels()
    {
        var state = State("U", UnitKind.Upper, "HN", depth: 1, children:
        [
            Report("G1", UnitKind.Grassroots, 2, Level.Htxsnv),
            Report("G2", UnitKind.Grassroots, 1, Level.Httnv),
        ]);

        Assert.True(RollUp.Summarize(state, RuleSets.R2023).Quota!.Children!.Over);
        var decided = Turn2024.Turn(state, [new ChildReported(Report("G1", UnitKind.Grassroots, 3, Level.Httnv))]);
        Assert.False(decided.Summary.Quota!.Children!.Over);
    }

    [Fact]
    public void Withdrawing_a_decision_makes_the_proposed_level_final_again()
    {
        var decided = Cell(2024) with { Assessment = Own(2024, Level.Htxsnv), Members = Members(htxsnv: 5), Decision = new Decision(Level.Htnv, null, false), Version = 3 };

        var result = Turn2024.Turn(decided, [new DecisionWithdrawn()]);

        Assert.Null(result.State.Decision);
        Assert.Equal(Level.Htxsnv, result.Summary.Level);
        Assert.Equal(4, result.Summary.Version);
    }

    [Fact]
    public void The_same_decision_twice_changes_nothing_the_second_time()
    {
        var decision = new Decision(Level.Htnv, "x", false);
        var once = Turn2024.Turn(Cell(2024) with { Assessment = Own(2024, Level.Httnv) }, [new DecisionRecorded(decision)]);

        var twice = Turn2024.Turn(once.State, [new DecisionRecorded(decision with { })]);

        Assert.False(twice.StateChanged);
        Assert.False(twice.FiguresChanged);
    }

    [Theory]
    [InlineData(Level.Pending)]
    [InlineData(Level.NotRated)]
    public void A_decision_for_a_level_that_is_not_rated_is_refused(Level level)
    {
        var exception = Assert.Throws<UnitRefusedException>(() =>
            Turn2024.Turn(Cell(2024), [new DecisionRecorded(new Decision(level, null, false))]));

        Assert.Contains(level.ToCode(), exception.Message);
    }
}
