using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>
/// A unit's placement in its year's tree (<see cref="UnitPlaced"/>): the first delivery creates the unit from it,
/// later ones may rename it, move it and change its children, and mail that changes nothing leaves the state and its
/// version alone.
/// </summary>
public sealed class PlacementTests
{
    private const int Year = 2024;

    private static readonly OrganizationTurn Grain = new(RuleSets.ForYear(Year));

    /// <summary>G1, a grassroots organization under the district Q1, waiting for its cells C1 and C2.</summary>
    private static UnitPlaced G1(
        string name = "Phường A", string? parent = "Q1", UnitKind kind = UnitKind.Grassroots, int depth = 2, int year = Year, ChildReport[]? children = null) =>
        new(
            year,
            new UnitRecord(Id("G1"), parent is null ? null : Id(parent), kind, name),
            depth,
            children ?? new[] { Placeholder("C1", UnitKind.Cell), Placeholder("C2", UnitKind.Cell) });

    private static AssessmentSubmitted Assessed(Assessment assessment) => new(assessment);

    private static ChildReported Reported(ChildReport report) => new(report);

    /// <summary>G1 as its first placement leaves it: version 1, pending, no inputs.</summary>
    private static OrganizationState Placed() => Grain.Turn(null, [G1()]).State;

    [Fact]
    public void Mail_without_a_placement_to_a_unit_not_yet_placed_throws_and_names_the_problem()
    {
        var error = Assert.Throws<UnitRefusedException>(
            () => Grain.Turn(null, [Assessed(Own(Year, Level.Httnv)), Reported(Report("C1", UnitKind.Cell, 1, Level.Httnv))]));

        Assert.Contains("not in the year's tree", error.Message, StringComparison.Ordinal);
        Assert.Contains("before its placement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_first_delivery_throws_as_well()
    {
        var error = Assert.Throws<UnitRefusedException>(() => Grain.Turn(null, []));

        Assert.Contains("before its placement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_placement_creates_the_unit_at_version_1()
    {
        var placement = G1();

        var result = Grain.Turn(null, [placement]);

        var state = result.State;
        Assert.Equal(
            (Year, Id("G1"), UnitKind.Grassroots, "Phường A", (UnitId?)Id("Q1"), 2, 1L),
            (state.Year, state.Unit, state.Kind, state.Name, state.Parent, state.Depth, state.Version));
        Assert.Null(state.Assessment);
        Assert.Null(state.Members);
        Assert.Equal(placement.Children, state.Children);
        Assert.NotSame(placement.Children, state.Children);
        Assert.True(result.StateChanged);
        Assert.True(result.FiguresChanged);
    }

    [Fact]
    public void The_first_placement_s_summary_and_report_count_the_children_as_pending()
    {
        var result = Grain.Turn(null, [G1()]);

        Assert.Equal(1, result.Summary.Version);
        Assert.Equal(Level.Pending, result.Summary.Level);
        Assert.Equal(ReasonCodes.Pending, Assert.Single(result.Summary.Reasons).Code);
        Assert.Equal(Tallies((UnitKind.Cell, Level.Pending, 2)), result.Summary.Direct);
        Assert.Equal(Tallies((UnitKind.Cell, Level.Pending, 2)), result.Summary.Subtree);
        Assert.Equal(
            new ChildReport(Id("G1"), UnitKind.Grassroots, 1, Level.Pending, null, Tallies((UnitKind.Cell, Level.Pending, 2)), MemberTally.Empty),
            result.ReportToParent);
    }

    [Fact]
    public void The_first_placement_of_the_root_creates_it_and_reports_to_no_one()
    {
        var city = new UnitPlaced(Year, Unit("HN", null, UnitKind.City), 0, new[] { Placeholder("Q1", UnitKind.Upper) });

        var result = Grain.Turn(null, [city]);

        Assert.Equal((Id("HN"), UnitKind.City, (UnitId?)null, 0, 1L), (result.State.Unit, result.State.Kind, result.State.Parent, result.State.Depth, result.State.Version));
        Assert.True(result.FiguresChanged);
        Assert.Null(result.ReportToParent);
    }

    [Fact]
    public void A_unit_rebuilt_with_a_version_floor_reports_above_it_so_its_parent_takes_the_report()
    {
        var result = Grain.Turn(null, [G1() with { VersionFloor = 7 }, Assessed(Own(Year, Level.Httnv))]);

        Assert.Equal(8, result.State.Version);
        Assert.Equal(8, result.ReportToParent?.Version);
    }

    [Fact]
    public void The_first_placement_with_the_unit_s_inputs_rates_it_in_the_same_turn()
    {
        var result = Grain.Turn(null, [G1(), Assessed(Own(Year, Level.Httnv)), new MembersWithdrawn()]);

        Assert.Equal(1, result.State.Version);
        Assert.Equal(Own(Year, Level.Httnv), result.State.Assessment);
        Assert.Null(result.State.Members);
        Assert.Equal(Level.Httnv, result.Summary.Level);
        Assert.Equal(ReasonCodes.ChildrenPending, result.Summary.Reasons[^1].Code);
        Assert.Equal((1L, Level.Httnv), (result.ReportToParent?.Version, result.ReportToParent?.Level));
    }

    [Fact]
    public void A_later_placement_with_a_new_name_renames_the_unit_and_bumps_the_version()
    {
        var placed = Placed();

        var result = Grain.Turn(placed, [G1(name: "Phường A mới")]);

        Assert.Equal("Phường A mới", result.State.Name);
        Assert.Equal(2, result.State.Version);
        Assert.True(result.StateChanged);
        Assert.True(result.FiguresChanged);
        Assert.Equal(("Phường A mới", 2L), (result.Summary.Name, result.Summary.Version));
        Assert.Equal(2, result.ReportToParent?.Version);
        Assert.Equal(placed.Children, result.State.Children);
        Assert.Equal((Id("Q1"), UnitKind.Grassroots, 2), (result.State.Parent, result.State.Kind, result.State.Depth));
    }

    [Fact]
    public void The_same_placement_again_changes_nothing()
    {
        var placed = Placed();

        var result = Grain.Turn(placed, [G1()]);

        Assert.Same(placed, result.State);
        Assert.False(result.StateChanged);
        Assert.False(result.FiguresChanged);
        Assert.Equal(1, result.State.Version);
        Assert.Equal(1, result.Summary.Version);
        Assert.Null(result.ReportToParent);
    }

    [Fact]
    public void Members_for_a_unit_with_child_organizations_are_refused_as_the_import_would()
    {
        var error = Assert.Throws<UnitRefusedException>(() => Grain.Turn(null, [G1(), new MembersSubmitted(Members(httnv: 4))]));

        Assert.Contains("no members of its own", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_disciplined_affiliates_than_child_organizations_are_refused_as_the_import_would()
    {
        var error = Assert.Throws<UnitRefusedException>(
            () => Grain.Turn(null, [G1(), Assessed(Own(Year, Level.Httnv) with { AffiliatesDisciplined = 3 })]));

        Assert.Contains("2 direct child organizations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_first_delivery_again_changes_nothing()
    {
        GrainMessage[] mail = [G1(), Assessed(Own(Year, Level.Httnv)), new MembersWithdrawn()];
        var first = Grain.Turn(null, mail);

        var second = Grain.Turn(first.State, mail);

        Assert.Same(first.State, second.State);
        Assert.False(second.StateChanged);
        Assert.False(second.FiguresChanged);
        Assert.Equal(1, second.Summary.Version);
        Assert.Null(second.ReportToParent);
        Assert.True(first.Summary.HasSameFiguresAs(second.Summary));
    }

    [Theory]
    [InlineData("Q2", UnitKind.Grassroots, 2)]
    [InlineData("HN", UnitKind.Grassroots, 1)]
    [InlineData(null, UnitKind.Grassroots, 0)]
    [InlineData("Q1", UnitKind.Partial, 2)]
    [InlineData("Q1", UnitKind.Grassroots, 3)]
    public void A_later_placement_under_another_parent_at_another_depth_or_of_another_kind_moves_the_unit_and_bumps_the_version(
        string? parent, UnitKind kind, int depth)
    {
        var rated = Grain.Turn(Placed(), [Reported(Report("C1", UnitKind.Cell, 3, Level.Httnv, members: Members(httnv: 5)))]).State;

        var result = Grain.Turn(rated, [G1(parent: parent, kind: kind, depth: depth)]);

        Assert.Equal((parent is null ? null : Id(parent), kind, depth), (result.State.Parent, result.State.Kind, result.State.Depth));
        Assert.Same(rated.Children, result.State.Children);
        Assert.True(result.StateChanged);
        Assert.True(result.FiguresChanged);
        Assert.Equal(3, result.State.Version);
        Assert.Equal((parent is null ? null : Id(parent), depth, 3L), (result.Summary.Parent, result.Summary.Depth, result.Summary.Version));
        // The report is newer than any its old or new parent holds, and it carries the new kind.
        Assert.Equal(parent is null ? null : ((long, UnitKind)?)(3L, kind), result.ReportToParent is { } report ? (report.Version, report.Kind) : null);
        Assert.Equal(Members(httnv: 5), result.Summary.Members);
    }

    [Fact]
    public void A_placement_for_another_year_throws()
    {
        var placed = Placed();

        var error = Assert.Throws<UnitRefusedException>(() => Grain.Turn(placed, [G1(year: 2023)]));

        Assert.Contains("Unit G1 of 2024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rename_and_a_move_in_one_turn_keep_both()
    {
        var placed = Placed();

        var result = Grain.Turn(placed, [G1(name: "Phường B"), G1(name: "Phường B", parent: "Q2")]);

        Assert.Equal(("Phường B", (UnitId?)Id("Q2"), 2L), (result.State.Name, result.State.Parent, result.State.Version));
        Assert.Equal(("Phường A", 1L), (placed.Name, placed.Version));
    }

    [Fact]
    public void A_placement_without_a_child_leaves_it_out_of_every_figure_and_reports_up_at_a_new_version()
    {
        var c1 = Report("C1", UnitKind.Cell, 3, Level.Httnv, members: Members(httnv: 5));
        var c2 = Report("C2", UnitKind.Cell, 2, Level.Htnv, members: Members(htnv: 4));
        var rated = Grain.Turn(Placed(), [Assessed(Own(Year, Level.Httnv)), Reported(c1), Reported(c2)]);

        var result = Grain.Turn(rated.State, [G1(children: [Placeholder("C2", UnitKind.Cell)])]);

        Assert.Equal([c2], result.State.Children);
        Assert.Equal(Tallies((UnitKind.Cell, Level.Htnv, 1)), result.Summary.Direct);
        Assert.Equal(Tallies((UnitKind.Cell, Level.Htnv, 1)), result.Summary.Subtree);
        Assert.Equal(Members(htnv: 4), result.Summary.Members);
        Assert.True(result.FiguresChanged);
        Assert.Equal(rated.State.Version + 1, result.ReportToParent?.Version);
        Assert.Equal(Members(htnv: 4), result.ReportToParent?.Members);
    }

    [Fact]
    public void A_placement_with_a_new_child_holds_its_placeholder_until_the_child_s_report_replaces_it()
    {
        var c1 = Report("C1", UnitKind.Cell, 3, Level.Httnv, members: Members(httnv: 5));
        var rated = Grain.Turn(Placed(), [Reported(c1)]).State;
        ChildReport[] children = [Placeholder("C1", UnitKind.Cell), Placeholder("C2", UnitKind.Cell), Placeholder("C9", UnitKind.Cell)];

        var placed = Grain.Turn(rated, [G1(children: children)]);
        // A moved cell reports at the version it reached under its old parent: newer than the placeholder's 0.
        var moved = Report("C9", UnitKind.Cell, 4, Level.Htxsnv, members: Members(htxsnv: 2));
        var reported = Grain.Turn(placed.State, [G1(children: children), Reported(moved)]);

        Assert.Equal([c1, Placeholder("C2", UnitKind.Cell), Placeholder("C9", UnitKind.Cell)], placed.State.Children);
        Assert.Equal(Tallies((UnitKind.Cell, Level.Httnv, 1), (UnitKind.Cell, Level.Pending, 2)), placed.Summary.Direct);
        Assert.Equal(rated.Version + 1, placed.ReportToParent?.Version);
        Assert.Equal([c1, Placeholder("C2", UnitKind.Cell), moved], reported.State.Children);
        Assert.Equal(Members(htxsnv: 2, httnv: 5), reported.Summary.Members);
        Assert.Equal(placed.State.Version + 1, reported.ReportToParent?.Version);
    }

    [Fact]
    public void A_placement_that_lists_the_same_children_in_another_order_keeps_the_held_reports()
    {
        var c1 = Report("C1", UnitKind.Cell, 3, Level.Httnv, members: Members(httnv: 5));
        var rated = Grain.Turn(Placed(), [Reported(c1)]).State;

        var result = Grain.Turn(rated, [G1(children: [Placeholder("C2", UnitKind.Cell), Placeholder("C1", UnitKind.Cell)])]);

        Assert.Same(rated, result.State);
        Assert.False(result.StateChanged);
        Assert.Null(result.ReportToParent);
    }

    [Fact]
    public void An_assessment_identical_to_the_held_one_changes_nothing()
    {
        var assessed = Grain.Turn(Placed(), [Assessed(Own(Year, Level.Httnv))]);
        // An equal record, not the same instance: the stored one comes back from the database as a copy.
        var again = Own(Year, Level.Httnv) with { };

        var result = Grain.Turn(assessed.State, [Assessed(again)]);

        Assert.Equal(2, assessed.State.Version);
        Assert.Same(assessed.State, result.State);
        Assert.False(result.StateChanged);
        Assert.False(result.FiguresChanged);
        Assert.Equal(2, result.Summary.Version);
        Assert.Equal(Level.Httnv, result.Summary.Level);
        Assert.Null(result.ReportToParent);
    }

    [Fact]
    public void A_newer_child_report_with_identical_figures_is_kept_without_moving_the_version()
    {
        var members = Members(htxsnv: 1, httnv: 5);
        var first = Grain.Turn(Placed(), [Reported(Report("C1", UnitKind.Cell, 1, Level.Httnv, members: members))]);

        var second = Grain.Turn(first.State, [Reported(Report("C1", UnitKind.Cell, 2, Level.Httnv, members: members))]);

        Assert.Equal(2, first.State.Version);
        Assert.True(second.StateChanged);
        Assert.False(second.FiguresChanged);
        Assert.Equal(2, second.State.Version);
        Assert.Equal(2, second.Summary.Version);
        Assert.Null(second.ReportToParent);
        Assert.Equal(Report("C1", UnitKind.Cell, 2, Level.Httnv, members: members), second.State.Children[0]);
        Assert.Equal(Placeholder("C2", UnitKind.Cell), second.State.Children[1]);
        Assert.True(first.Summary.HasSameFiguresAs(second.Summary));
        Assert.Equal(members, second.Summary.Members);
    }

    [Fact]
    public void An_older_child_report_changes_nothing()
    {
        var newer = Report("C1", UnitKind.Cell, 3, Level.Htnv, members: Members(htnv: 4));
        var first = Grain.Turn(Placed(), [Reported(newer)]);

        var second = Grain.Turn(first.State, [Reported(Report("C1", UnitKind.Cell, 2, Level.Htxsnv, members: Members(htxsnv: 4)))]);

        Assert.Same(first.State, second.State);
        Assert.False(second.StateChanged);
        Assert.False(second.FiguresChanged);
        Assert.Equal(2, second.State.Version);
        Assert.Equal(newer, second.State.Children[0]);
        Assert.Equal(1, second.Summary.Direct.Cell.Htnv);
        Assert.Equal(0, second.Summary.Direct.Cell.Htxsnv);
        Assert.Null(second.ReportToParent);
    }

    [Fact]
    public void A_report_from_a_unit_that_is_not_a_child_throws()
    {
        var placed = Placed();

        var error = Assert.Throws<UnitRefusedException>(
            () => Grain.Turn(placed, [Reported(Report("C9", UnitKind.Cell, 1, Level.Httnv))]));

        Assert.Equal("Unit G1 of 2024 has no child C9; reports only come from the year's tree.", error.Message);
    }

    [Fact]
    public void A_report_from_a_stranger_in_the_first_delivery_throws()
    {
        var error = Assert.Throws<UnitRefusedException>(
            () => Grain.Turn(null, [G1(), Reported(Report("G2", UnitKind.Grassroots, 1, Level.Httnv))]));

        Assert.Contains("has no child G2", error.Message, StringComparison.Ordinal);
    }
}
