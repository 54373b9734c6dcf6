using Scoring.GrainInterfaces;
using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

/// <summary>decisions.csv (DOMAIN.md §5, §8): what the deciding committees recorded.</summary>
public sealed class DecisionsFileTests
{
    [Fact]
    public void A_decision_row_records_the_level_the_note_and_the_award()
    {
        var import = AssertImported(ReadDecisions("PX,htxsnv,Đơn vị dẫn đầu,true", "PX-1,HTNV,,false"));

        Assert.Equal(new Decision(Level.Htxsnv, "Đơn vị dẫn đầu", true), import.Decisions![new UnitId("PX")]);
        Assert.Equal(new Decision(Level.Htnv, null, false), import.Decisions[new UnitId("PX-1")]);
    }

    [Fact]
    public void A_decision_of_2014_to_2017_names_the_levels_of_R2014()
    {
        var import = AssertImported(Read(2016, Units, decisions: Csv(DecisionsHeader, "PX,TSVM,,true", "PX-1,YK,,false")));

        Assert.Equal(Level.Htxsnv, import.Decisions![new UnitId("PX")].Level);
        Assert.Equal(Level.Khtnv, import.Decisions[new UnitId("PX-1")].Level);
        AssertOnlyError(Read(2016, Units, decisions: Csv(DecisionsHeader, "PX,HTXSNV,,false")), "decisions.csv", 2, "level",
            "use TSVM, HTTNV, HTNV, YK, or leave it empty");
    }

    [Fact]
    public void A_decision_row_with_an_empty_level_leaves_the_decided_level_empty()
    {
        var import = AssertImported(ReadDecisions("PX,,Chưa thống nhất,"));

        Assert.Equal(new Decision(null, "Chưa thống nhất", false), import.Decisions![new UnitId("PX")]);
    }

    [Fact]
    public void The_note_and_exemplary_columns_may_be_left_out_of_the_header()
    {
        var import = AssertImported(Read(2024, Units, decisions: Csv("unit_id,level", "HN,HTTNV")));

        Assert.Equal(new Decision(Level.Httnv, null, false), import.Decisions![new UnitId("HN")]);
    }

    [Fact]
    public void A_folder_without_decisions_csv_has_no_decisions_to_change()
    {
        Assert.Null(AssertImported(Read(2024, Units)).Decisions);
    }

    [Theory]
    [InlineData("PX,TSVM,,false", "'TSVM' is not a level a committee decides")]
    [InlineData("PX,NOT_RATED,,false", "'NOT_RATED' is not a level a committee decides")]
    [InlineData("PX,PENDING,,false", "use HTXSNV, HTTNV, HTNV, KHTNV, or leave it empty")]
    public void A_level_that_is_not_a_rated_level_of_the_year_is_reported(string row, string reasonPart) =>
        AssertOnlyError(ReadDecisions(row), "decisions.csv", 2, "level", reasonPart);

    [Fact]
    public void An_exemplary_cell_that_is_not_a_boolean_is_reported() =>
        AssertOnlyError(ReadDecisions("PX,HTXSNV,,yes"), "decisions.csv", 2, "exemplary", "'yes' is not a boolean");

    [Fact]
    public void A_decision_for_a_unit_not_in_units_csv_is_reported() =>
        AssertOnlyError(ReadDecisions("ZZ,HTNV,,false"), "decisions.csv", 2, "unit_id", "no unit 'ZZ' in units.csv");

    [Fact]
    public void A_second_decision_for_the_same_unit_is_reported_with_the_line_of_the_first() =>
        AssertOnlyError(ReadDecisions("PX,HTNV,,false", "PX,HTTNV,,false"), "decisions.csv", 3, "unit_id",
            "a second row for unit 'PX'; the first is at line 2");

    [Fact]
    public void A_header_without_a_level_column_is_reported() =>
        AssertOnlyError(Read(2024, Units, decisions: Csv("unit_id,note", "PX,x")), "decisions.csv", 1, "level",
            "the header has no 'level' column");
}
