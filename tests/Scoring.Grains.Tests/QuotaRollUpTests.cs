using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>Which quota checks a unit's summary carries, and over what (DOMAIN.md §5).</summary>
public sealed class QuotaRollUpTests
{
    [Fact]
    public void A_unit_with_child_organizations_checks_their_final_levels()
    {
        var state = State("U", UnitKind.Upper, "HN", depth: 1, children:
        [
            Report("G1", UnitKind.Grassroots, 1, Level.Htxsnv),
            Report("G2", UnitKind.Grassroots, 1, Level.Htxsnv),
            Report("G3", UnitKind.Grassroots, 1, Level.Httnv),
            Report("G4", UnitKind.Grassroots, 1, Level.Htnv),
            Report("G5", UnitKind.Grassroots, 1, Level.NotRated),
        ]);

        var quota = RollUp.Summarize(state, RuleSets.R2023).Quota;

        Assert.Equal(new UnitQuota(new QuotaCheck(3, 2, 0, Over: true), Members: null), quota);
    }

    [Fact]
    public void A_unit_whose_children_are_not_rated_yet_has_a_children_check_of_zeros()
    {
        var state = State("U", UnitKind.Upper, "HN", depth: 1, children: [Placeholder("G1", UnitKind.Grassroots)]);

        Assert.Equal(new QuotaCheck(0, 0, 0, false), RollUp.Summarize(state, RuleSets.R2019).Quota!.Children);
    }

    [Fact]
    public void A_grassroots_organization_checks_the_members_of_its_whole_subtree()
    {
        var state = Grassroots(
            2024,
            Report("C1", UnitKind.Cell, 1, Level.Httnv, members: Members(htxsnv: 2, httnv: 8)),
            Report("C2", UnitKind.Cell, 1, Level.Httnv, members: Members(htxsnv: 1, httnv: 4, khtnv: 1)));

        var quota = RollUp.Summarize(state, RuleSets.R2023).Quota!;

        Assert.Equal(new QuotaCheck(HttnvPlus: 15, Htxsnv: 3, Limit: 3, Over: false), quota.Members);
        Assert.Equal(new QuotaCheck(HttnvPlus: 2, Htxsnv: 0, Limit: 0, Over: false), quota.Children);
    }

    [Fact]
    public void A_chi_bo_co_so_with_no_members_has_a_members_check_of_zeros_and_no_children_check()
    {
        var quota = RollUp.Summarize(Grassroots(2025), RuleSets.R2025).Quota!;

        Assert.Equal(new UnitQuota(Children: null, new QuotaCheck(0, 0, 0, false)), quota);
    }

    [Fact]
    public void A_cell_has_no_quota()
    {
        Assert.Null(RollUp.Summarize(Cell(2024) with { Members = Members(htxsnv: 5) }, RuleSets.R2023).Quota);
    }

    [Fact]
    public void Over_quota_never_lowers_a_level()
    {
        var state = State("U", UnitKind.Upper, "HN", depth: 1, children:
            [Report("G1", UnitKind.Grassroots, 1, Level.Htxsnv), Report("G2", UnitKind.Grassroots, 1, Level.Htxsnv)])
            with { Assessment = Own(2024, Level.Htxsnv) };

        var summary = RollUp.Summarize(state, RuleSets.R2023);

        Assert.True(summary.Quota!.Children!.Over);
        Assert.Equal(Level.Htxsnv, summary.Level);
    }
}
