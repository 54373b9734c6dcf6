using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>The grains' first states for a year's tree (DOMAIN.md §1, §9: pending units are counted apart).</summary>
public sealed class YearTreeTests
{
    private static readonly SampleYear Sample = SampleYear.For(2024);

    private static Dictionary<string, OrganizationState> Build() =>
        YearTree.Build(Sample.Year, Sample.Units).ToDictionary(s => s.Unit.Value);

    [Fact]
    public void Every_unit_gets_one_state_with_its_depth_from_the_root()
    {
        var states = Build();

        Assert.Equal(Sample.Units.Count, states.Count);
        var depths = states.ToDictionary(s => s.Key, s => s.Value.Depth);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["HN"] = 0,
                ["U1"] = 1, ["U2"] = 1,
                ["G1"] = 2, ["G2"] = 2, ["G3"] = 2, ["G4"] = 2,
                ["C1"] = 3, ["C2"] = 3, ["C4"] = 3, ["C5"] = 3, ["C6"] = 3, ["P1"] = 3,
                ["C3"] = 4,
            },
            depths);
    }

    [Fact]
    public void The_states_come_deepest_first()
    {
        var depths = YearTree.Build(Sample.Year, Sample.Units).Select(s => s.Depth).ToArray();

        Assert.Equal(4, depths[0]);
        Assert.Equal(0, depths[^1]);
        Assert.Equal(depths.OrderByDescending(d => d), depths);
    }

    [Fact]
    public void A_first_state_has_the_unit_s_year_kind_name_and_parent_and_no_inputs()
    {
        var g3 = Build()["G3"];

        Assert.Equal(2024, g3.Year);
        Assert.Equal(UnitKind.Grassroots, g3.Kind);
        Assert.Equal("Unit G3", g3.Name);
        Assert.Equal(Id("U2"), g3.Parent);
        Assert.Equal(0, g3.Version);
        Assert.Null(g3.Assessment);
        Assert.Null(g3.Members);
        Assert.Null(Build()["HN"].Parent);
    }

    [Fact]
    public void Children_are_ordered_by_id()
    {
        UnitRecord[] units =
        [
            Unit("G", null, UnitKind.Grassroots),
            Unit("C2", "G", UnitKind.Cell),
            Unit("C10", "G", UnitKind.Cell),
            Unit("B", "G", UnitKind.Partial),
            Unit("C1", "G", UnitKind.Cell),
        ];

        var root = YearTree.Build(2025, units).Single(s => s.Parent is null);

        Assert.Equal(["B", "C1", "C10", "C2"], root.Children.Select(c => c.Child.Value));
    }

    [Fact]
    public void A_unit_with_no_child_organization_has_no_child_reports()
    {
        var states = Build();

        Assert.Empty(states["C3"].Children);
        Assert.Empty(states["G2"].Children);
    }

    [Fact]
    public void Every_child_starts_as_a_version_0_pending_placeholder_with_no_members_or_score()
    {
        foreach (var child in Build().Values.SelectMany(s => s.Children))
        {
            Assert.Equal(0, child.Version);
            Assert.Equal(Level.Pending, child.Level);
            Assert.Null(child.Score);
            Assert.Equal(MemberTally.Empty, child.Members);
        }
    }

    [Fact]
    public void A_placeholder_counts_the_child_s_own_descendants_as_pending_by_kind_but_not_the_child()
    {
        var states = Build();

        var u2 = Assert.Single(states["HN"].Children, c => c.Child == Id("U2"));
        Assert.Equal(UnitKind.Upper, u2.Kind);
        Assert.Equal(
            Tallies((UnitKind.Grassroots, Level.Pending, 2), (UnitKind.Partial, Level.Pending, 1), (UnitKind.Cell, Level.Pending, 4)),
            u2.Subtree);

        var p1 = Assert.Single(states["G3"].Children, c => c.Child == Id("P1"));
        Assert.Equal(Tallies((UnitKind.Cell, Level.Pending, 1)), p1.Subtree);

        var c3 = Assert.Single(states["P1"].Children);
        Assert.Equal(KindTallies.Empty, c3.Subtree);
    }

    [Fact]
    public void Every_placeholder_is_the_report_its_child_s_first_state_would_send()
    {
        // A child whose first turn leaves it as it was sends nothing: the parent must already hold those figures.
        var states = Build();

        foreach (var child in states.Values.SelectMany(s => s.Children))
        {
            var own = RollUp.ToReport(RollUp.Summarize(states[child.Child.Value], RuleSets.R2023));
            Assert.Equal(own, child);
        }
    }

    [Fact]
    public void Before_any_mail_the_root_counts_every_unit_below_it_as_pending()
    {
        var city = RollUp.Summarize(Build()["HN"], RuleSets.R2023);

        Assert.Equal(Level.Pending, city.Level);
        Assert.Equal(Tallies((UnitKind.Upper, Level.Pending, 2)), city.Direct);
        Assert.Equal(
            Tallies(
                (UnitKind.Upper, Level.Pending, 2),
                (UnitKind.Grassroots, Level.Pending, 4),
                (UnitKind.Partial, Level.Pending, 1),
                (UnitKind.Cell, Level.Pending, 6)),
            city.Subtree);
        Assert.Equal(Sample.Units.Count - 1, city.Subtree.Upper.Total + city.Subtree.Grassroots.Total
            + city.Subtree.Partial.Total + city.Subtree.Cell.Total);
    }

    [Fact]
    public void A_tree_after_2025_with_grassroots_directly_under_the_city_is_built_the_same_way()
    {
        UnitRecord[] units =
        [
            Unit("HN", null, UnitKind.City),
            Unit("W1", "HN", UnitKind.Grassroots),
            Unit("W2", "HN", UnitKind.Grassroots),
            Unit("W1-C1", "W1", UnitKind.Cell),
        ];

        var states = YearTree.Build(2025, units).ToDictionary(s => s.Unit.Value);

        Assert.Equal(1, states["W2"].Depth);
        Assert.Equal(2, states["W1-C1"].Depth);
        Assert.Equal(
            [Tallies((UnitKind.Cell, Level.Pending, 1)), KindTallies.Empty],
            states["HN"].Children.Select(c => c.Subtree));
    }

    [Fact]
    public void A_tree_with_two_roots_is_refused()
    {
        UnitRecord[] units = [Unit("A", null, UnitKind.City), Unit("B", null, UnitKind.City)];

        Assert.Throws<InvalidOperationException>(() => YearTree.Build(2024, units));
    }
}
