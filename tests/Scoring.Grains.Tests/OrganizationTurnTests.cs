using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using Scoring.Grains.Tests.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>
/// One grain turn (ARCHITECTURE.md "The grain runtime"): absolute reports with versions, so that at-least-once
/// delivery, duplicates and reordering are harmless, and one report upward per turn.
/// </summary>
public sealed class OrganizationTurnTests
{
    private static OrganizationTurn Grain(int year) => new(RuleSets.ForYear(year));

    private static AssessmentSubmitted Assessed(Assessment assessment) => new AssessmentSubmitted(assessment);

    private static ChildReported Reported(ChildReport report) => new ChildReported(report);

    /// <summary>A grassroots organization waiting for three cells.</summary>
    private static OrganizationState WithThreeCells(int year) => Grassroots(
        year,
        Placeholder("C1", UnitKind.Cell),
        Placeholder("C2", UnitKind.Cell),
        Placeholder("C3", UnitKind.Cell));

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void An_assessment_sets_the_level_bumps_the_version_and_reports_to_the_parent(int year)
    {
        var state = Cell(year) with { Members = Members(htxsnv: 2, httnv: 3) };

        var result = Grain(year).Turn(state, [Assessed(Own(year, Level.Htxsnv))]);

        Assert.Equal(1, result.State.Version);
        Assert.Equal(Own(year, Level.Htxsnv), result.State.Assessment);
        Assert.Equal(Level.Htxsnv, result.Summary.Level);
        Assert.Equal(1, result.Summary.Version);
        Assert.Equal(
            new ChildReport(Id("C"), UnitKind.Cell, 1, Level.Htxsnv, result.Summary.Score, KindTallies.Empty, Members(htxsnv: 2, httnv: 3)),
            result.ReportToParent);
    }

    [Fact]
    public void The_report_carries_the_score_under_R2025()
    {
        var result = Grain(2025).Turn(Cell(2025), [Assessed(Own(2025, Level.Htxsnv))]);

        Assert.Equal(95m, result.ReportToParent?.Score);
    }

    [Fact]
    public void The_turn_s_summary_is_what_the_state_it_returns_summarizes_to()
    {
        var state = WithThreeCells(2024) with { Version = 5 };

        var result = Grain(2024).Turn(state, [Assessed(Own(2024, Level.Httnv)), Reported(Report("C2", UnitKind.Cell, 1, Level.Httnv))]);

        Assert.True(RollUp.Summarize(result.State, RuleSets.R2023).HasSameFiguresAs(result.Summary));
        Assert.Equal(6, result.Summary.Version);
        Assert.Equal(6, result.State.Version);
        Assert.Equal(6, result.ReportToParent?.Version);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_same_assessment_delivered_twice_keeps_the_version_and_reports_nothing(int year)
    {
        var grain = Grain(year);
        var mail = new[] { Assessed(Own(year, Level.Httnv)) };
        var first = grain.Turn(Cell(year), mail);

        var second = grain.Turn(first.State, mail);

        Assert.Equal(1, second.State.Version);
        Assert.Equal(1, second.Summary.Version);
        Assert.Null(second.ReportToParent);
        Assert.Equal(first.State, second.State);
        Assert.True(first.Summary.HasSameFiguresAs(second.Summary));
    }

    [Fact]
    public void The_same_assessment_twice_in_one_turn_bumps_the_version_once()
    {
        var assessment = Own(2024, Level.Htnv);

        var result = Grain(2024).Turn(Cell(2024), [Assessed(assessment), Assessed(assessment)]);

        Assert.Equal(1, result.State.Version);
        Assert.Equal(Level.Htnv, result.ReportToParent?.Level);
    }

    [Fact]
    public void A_turn_with_no_mail_changes_nothing()
    {
        var state = WithThreeCells(2024) with { Version = 3, Assessment = Own(2024, Level.Httnv) };

        var result = Grain(2024).Turn(state, []);

        Assert.Same(state, result.State);
        Assert.Null(result.ReportToParent);
        Assert.Equal(3, result.Summary.Version);
    }

    [Fact]
    public void An_assessment_that_lands_on_the_same_figures_keeps_the_version()
    {
        // Other inputs, same level, same reasons and no score: nothing the parent or a dashboard sees changes.
        var grain = Grain(2024);
        var first = grain.Turn(Cell(2024), [Assessed(Assessments.Grades(Grade.XS, Grade.XS))]);

        var second = grain.Turn(first.State, [Assessed(Assessments.Grades(Grade.XS, Grade.XS) with { TargetsMetPercent = 90m })]);

        Assert.Equal(1, second.State.Version);
        Assert.Null(second.ReportToParent);
        Assert.Equal(90m, second.State.Assessment?.TargetsMetPercent);
    }

    [Fact]
    public void A_stale_child_report_changes_nothing()
    {
        var grain = Grain(2024);
        var state = WithThreeCells(2024) with { Assessment = Own(2024, Level.Htxsnv) };
        var v2 = Report("C1", UnitKind.Cell, 2, Level.Khtnv, members: Members(khtnv: 3));
        var v1 = Report("C1", UnitKind.Cell, 1, Level.Htxsnv, members: Members(htxsnv: 3));
        var first = grain.Turn(state, [Reported(v2)]);

        var second = grain.Turn(first.State, [Reported(v1)]);

        Assert.Null(second.ReportToParent);
        Assert.Equal(first.State.Version, second.State.Version);
        Assert.Equal(v2, second.State.Children[0]);
        Assert.Equal(Level.Khtnv, second.Summary.Level);
        Assert.Equal(Members(khtnv: 3), second.Summary.Members);
    }

    [Fact]
    public void A_duplicate_child_report_changes_nothing()
    {
        var grain = Grain(2025);
        var report = Report("C2", UnitKind.Cell, 1, Level.Httnv, members: Members(httnv: 4));
        var first = grain.Turn(WithThreeCells(2025), [Reported(report)]);

        var second = grain.Turn(first.State, [Reported(report)]);

        Assert.Equal(1, first.State.Version);
        Assert.Equal(1, second.State.Version);
        Assert.Null(second.ReportToParent);
        Assert.True(first.Summary.HasSameFiguresAs(second.Summary));
    }

    [Fact]
    public void A_child_report_with_the_stored_version_is_ignored_even_when_its_figures_differ()
    {
        var grain = Grain(2024);
        var first = grain.Turn(WithThreeCells(2024), [Reported(Report("C1", UnitKind.Cell, 1, Level.Htxsnv))]);

        var second = grain.Turn(first.State, [Reported(Report("C1", UnitKind.Cell, 1, Level.Khtnv))]);

        Assert.Null(second.ReportToParent);
        Assert.Equal(Level.Htxsnv, second.State.Children[0].Level);
        Assert.Equal(1, second.Summary.Direct.Cell.Htxsnv);
    }

    [Fact]
    public void Reports_of_one_child_reordered_within_a_turn_leave_the_newest()
    {
        var v2 = Report("C3", UnitKind.Cell, 2, Level.Htnv);
        var v1 = Report("C3", UnitKind.Cell, 1, Level.Htxsnv);

        var result = Grain(2024).Turn(WithThreeCells(2024), [Reported(v2), Reported(v1)]);

        Assert.Equal(v2, result.State.Children[2]);
        Assert.Equal(1, result.Summary.Direct.Cell.Htnv);
        Assert.Equal(0, result.Summary.Direct.Cell.Htxsnv);
    }

    [Fact]
    public void A_newer_child_report_is_kept_even_when_the_parent_s_figures_do_not_change()
    {
        // The child's score moved but not its level: the parent keeps the newer report and tells no one.
        var grain = Grain(2025);
        var first = grain.Turn(WithThreeCells(2025), [Reported(Report("C1", UnitKind.Cell, 1, Level.Httnv, score: 75m))]);

        var second = grain.Turn(first.State, [Reported(Report("C1", UnitKind.Cell, 2, Level.Httnv, score: 85m))]);

        Assert.Null(second.ReportToParent);
        Assert.Equal(1, second.State.Version);
        Assert.Equal((2L, 85m), (second.State.Children[0].Version, second.State.Children[0].Score));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Many_child_reports_in_one_turn_produce_one_report_upward(int year)
    {
        var state = WithThreeCells(year) with { Version = 1, Assessment = Own(year, Level.Htxsnv) };

        var result = Grain(year).Turn(
            state,
            [
                Reported(Report("C1", UnitKind.Cell, 1, Level.Htxsnv, members: Members(htxsnv: 2))),
                Reported(Report("C2", UnitKind.Cell, 1, Level.Httnv, members: Members(httnv: 3))),
                Reported(Report("C2", UnitKind.Cell, 2, Level.Htxsnv, members: Members(htxsnv: 3))),
                Reported(Report("C3", UnitKind.Cell, 4, Level.NotRated, members: Members(notRated: 1))),
            ]);

        Assert.Equal(2, result.State.Version);
        var report = Assert.IsType<ChildReport>(result.ReportToParent);
        Assert.Equal(2, report.Version);
        Assert.Equal(Level.Htxsnv, report.Level);
        Assert.Equal(Tallies((UnitKind.Cell, Level.Htxsnv, 2), (UnitKind.Cell, Level.NotRated, 1)), report.Subtree);
        Assert.Equal(Members(htxsnv: 5, notRated: 1), report.Members);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_root_never_reports(int year)
    {
        var city = State("HN", UnitKind.City, parent: null, year, depth: 0, Placeholder("U1", UnitKind.Upper));
        var grain = Grain(year);

        var assessed = grain.Turn(city, [Assessed(Own(year, Level.Httnv))]);
        var reported = grain.Turn(assessed.State, [Reported(Report("U1", UnitKind.Upper, 1, Level.Htxsnv))]);

        Assert.Null(assessed.ReportToParent);
        Assert.Null(reported.ReportToParent);
        Assert.Equal(1, assessed.State.Version);
        Assert.Equal(2, reported.State.Version);
        Assert.Equal(Level.Httnv, reported.Summary.Level);
    }

    [Fact]
    public void A_report_from_a_unit_that_is_not_a_child_throws()
    {
        var stranger = Report("C9", UnitKind.Cell, 1, Level.Htxsnv);

        var error = Assert.Throws<UnitRefusedException>(
            () => Grain(2024).Turn(WithThreeCells(2024), [Reported(stranger)]));

        Assert.Contains("C9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_to_a_unit_with_no_children_throws()
    {
        Assert.Throws<UnitRefusedException>(
            () => Grain(2025).Turn(Cell(2025), [Reported(Report("C", UnitKind.Cell, 1, Level.Htxsnv))]));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void A_later_assessment_replaces_an_earlier_one_in_the_same_turn(int year)
    {
        var grain = Grain(year);

        var downgraded = grain.Turn(Cell(year), [Assessed(Own(year, Level.Htxsnv)), Assessed(Own(year, Level.Htnv))]);
        var upgraded = grain.Turn(Cell(year), [Assessed(Own(year, Level.Htnv)), Assessed(Own(year, Level.Htxsnv))]);

        Assert.Equal(Level.Htnv, downgraded.Summary.Level);
        Assert.Equal(Own(year, Level.Htnv), downgraded.State.Assessment);
        Assert.Equal(Level.Htxsnv, upgraded.Summary.Level);
        Assert.Equal(Own(year, Level.Htxsnv), upgraded.State.Assessment);
    }

    [Fact]
    public void A_later_assessment_in_a_later_turn_replaces_the_earlier_one()
    {
        var grain = Grain(2025);
        var first = grain.Turn(Cell(2025), [Assessed(Own(2025, Level.Htxsnv))]);

        var second = grain.Turn(first.State, [Assessed(Own(2025, Level.NotRated))]);

        Assert.Equal(2, second.State.Version);
        Assert.Equal(Level.NotRated, second.ReportToParent?.Level);
        Assert.Null(second.ReportToParent?.Score);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Members_submitted_change_the_member_tally_and_the_caps(int year)
    {
        var grain = Grain(year);
        var first = grain.Turn(Cell(year), [Assessed(Own(year, Level.Htxsnv)), new MembersSubmitted(Members(htxsnv: 4, httnv: 4))]);

        var second = grain.Turn(first.State, [new MembersSubmitted(Members(htxsnv: 4, httnv: 3, khtnv: 3, disciplined: 2))]);

        Assert.Equal(Level.Htxsnv, first.Summary.Level);
        Assert.Equal(Level.Khtnv, second.Summary.Level);
        Assert.Equal(2, second.State.Version);
        Assert.Equal(Members(htxsnv: 4, httnv: 3, khtnv: 3, disciplined: 2), second.State.Members);
        Assert.Equal(Members(htxsnv: 4, httnv: 3, khtnv: 3, disciplined: 2), second.ReportToParent?.Members);
        Assert.Equal(ReasonCodes.ChildrenKhtnv, second.Summary.Reasons[^1].Code);
    }

    [Fact]
    public void Members_submitted_before_any_assessment_are_reported_while_the_unit_is_still_pending()
    {
        var result = Grain(2024).Turn(Cell(2024), [new MembersSubmitted(Members(httnv: 6, notRated: 1))]);

        Assert.Equal(1, result.State.Version);
        Assert.Equal(Level.Pending, result.ReportToParent?.Level);
        Assert.Equal(Members(httnv: 6, notRated: 1), result.ReportToParent?.Members);
    }

    [Fact]
    public void A_later_member_tally_replaces_an_earlier_one_in_the_same_turn()
    {
        var result = Grain(2025).Turn(
            Cell(2025),
            [new MembersSubmitted(Members(khtnv: 9)), new MembersSubmitted(Members(htxsnv: 9))]);

        Assert.Equal(Members(htxsnv: 9), result.State.Members);
    }

    [Fact]
    public void A_child_report_that_changes_the_parent_s_level_is_passed_on_with_the_new_level()
    {
        var grain = Grain(2024);
        var state = WithThreeCells(2024) with { Assessment = Own(2024, Level.Htxsnv) };
        var first = grain.Turn(state, [Reported(Report("C1", UnitKind.Cell, 1, Level.Htxsnv))]);

        var second = grain.Turn(first.State, [Reported(Report("C2", UnitKind.Cell, 1, Level.Khtnv))]);

        Assert.Equal(Level.Htxsnv, first.ReportToParent?.Level);
        Assert.Equal((2L, Level.Khtnv), (second.ReportToParent?.Version, second.ReportToParent?.Level));
    }

    [Fact]
    public void Unknown_mail_is_refused()
    {
        var error = Assert.Throws<UnitRefusedException>(() => Grain(2024).Turn(Cell(2024), [new UnknownMail()]));

        Assert.Contains(nameof(UnknownMail), error.Message, StringComparison.Ordinal);
    }

    private sealed record UnknownMail : GrainMessage;
}
