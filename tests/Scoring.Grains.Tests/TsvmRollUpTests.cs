using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>A 2016 unit (regime R2014) rolled up from its state: shares over rated children only, R2014 codes in reasons.</summary>
public sealed class TsvmRollUpTests
{
    private const int Year = 2016;

    [Theory]
    [InlineData(2014)]
    [InlineData(2017)]
    public void The_years_2014_to_2017_are_rated_under_R2014(int year) =>
        Assert.Equal("R2014", RuleSets.ForYear(year).Name);

    [Fact]
    public void Not_rated_and_pending_children_are_left_out_of_the_third()
    {
        // 1 YK of 3 rated is exactly a third; the not-rated and pending children would make it 1 of 5.
        var state = Grassroots(
            Year,
            Report("C1", UnitKind.Cell, 1, Level.Khtnv),
            Report("C2", UnitKind.Cell, 1, Level.Httnv),
            Report("C3", UnitKind.Cell, 1, Level.Htxsnv),
            Report("C4", UnitKind.Cell, 1, Level.NotRated),
            Report("C5", UnitKind.Cell, 1, Level.NotRated)) with { Assessment = Own(Year, Level.Htxsnv) };

        var summary = RollUp.Summarize(state, RuleSets.ForYear(Year));

        Assert.Equal(Level.Htxsnv, summary.Level);
        Assert.Equal([ReasonCodes.OwnInputs], summary.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_dang_bo_over_a_third_of_rated_children_YK_is_YK_with_the_not_rated_left_out()
    {
        // 2 YK of 4 rated is more than a third, though only 2 of 7 children.
        var state = Grassroots(
            Year,
            Report("C1", UnitKind.Cell, 1, Level.Khtnv),
            Report("C2", UnitKind.Cell, 1, Level.Khtnv),
            Report("C3", UnitKind.Cell, 1, Level.Httnv),
            Report("C4", UnitKind.Cell, 1, Level.Htxsnv),
            Report("C5", UnitKind.Cell, 1, Level.NotRated),
            Report("C6", UnitKind.Cell, 1, Level.NotRated),
            Report("C7", UnitKind.Cell, 1, Level.NotRated)) with { Assessment = Own(Year, Level.Htxsnv) };

        var summary = RollUp.Summarize(state, RuleSets.ForYear(Year));

        Assert.Equal(Level.Khtnv, summary.Level);
        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenYk], summary.Reasons.Select(r => r.Code));
        Assert.StartsWith("2 of 4 rated child organizations (50%) are YK", summary.Reasons[1].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chi_bo_s_not_rated_members_are_left_out_of_the_half()
    {
        // 2 KHTNV of 4 rated members is exactly half; with the 3 not rated they would be 2 of 7.
        var cell = Cell(Year) with { Assessment = Own(Year, Level.Httnv), Members = Members(httnv: 2, khtnv: 2, notRated: 3) };
        var over = cell with { Members = Members(httnv: 1, khtnv: 2, notRated: 3) };

        Assert.Equal(Level.Httnv, RollUp.Summarize(cell, RuleSets.ForYear(Year)).Level);
        Assert.Equal(Level.Khtnv, RollUp.Summarize(over, RuleSets.ForYear(Year)).Level);
    }

    [Fact]
    public void A_provisional_level_is_named_in_the_R2014_codes()
    {
        var state = Grassroots(Year, Report("C1", UnitKind.Cell, 1, Level.Htxsnv), Placeholder("C2", UnitKind.Cell))
            with { Assessment = Own(Year, Level.Htxsnv) };

        var summary = RollUp.Summarize(state, RuleSets.ForYear(Year));

        Assert.Equal([ReasonCodes.OwnInputs, ReasonCodes.ChildrenPending], summary.Reasons.Select(r => r.Code));
        Assert.Contains("until they do, TSVM is provisional", summary.Reasons[1].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Tallies_keep_TSVM_in_the_top_rank_and_YK_in_the_bottom_one()
    {
        var state = Grassroots(
            Year,
            Report("C1", UnitKind.Cell, 1, Level.Htxsnv),
            Report("C2", UnitKind.Cell, 1, Level.Httnv),
            Report("C3", UnitKind.Cell, 1, Level.Khtnv)) with { Assessment = Own(Year, Level.Httnv) };

        var cells = RollUp.Summarize(state, RuleSets.ForYear(Year)).Direct.Cell;

        Assert.Equal((1, 1, 0, 1, 2), (cells.Htxsnv, cells.Httnv, cells.Htnv, cells.Khtnv, cells.HttnvPlus));
    }
}
