using Scoring.GrainInterfaces;
using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

/// <summary>targets.csv (DOMAIN.md §7, §8): a program's targets as data.</summary>
public sealed class TargetsFileTests
{
    private const string CleanStrong = "01-CTr/TU,CS50,city,grassroots_clean_strong_share,>,50,2016,2020";

    [Fact]
    public void A_target_row_is_read_with_every_field()
    {
        var import = AssertImported(ReadTargets(CleanStrong));

        Assert.Equal(
            [new Target("01-CTr/TU", "CS50", UnitKind.City, "grassroots_clean_strong_share", ">", 50m, 2016, 2020)],
            import.Targets!);
    }

    [Fact]
    public void Targets_of_other_years_are_left_out_of_the_year()
    {
        var import = AssertImported(ReadTargets(
            CleanStrong,
            "01-CTr/TU,OLD,city,members_httnv_plus_share,>,70,2011,2015",
            "01-CTr/TU,NEXT,city,members_httnv_plus_share,>,75,2021,2025"));

        Assert.Equal(["CS50"], import.Targets!.Select(t => t.Code));
    }

    [Fact]
    public void An_empty_to_year_is_open_ended()
    {
        var import = AssertImported(ReadTargets("01-CTr/TU,DV70,city,members_httnv_plus_share,>=,70,2016,"));

        Assert.Null(Assert.Single(import.Targets!).ToYear);
    }

    [Fact]
    public void The_to_year_column_may_be_left_out_of_the_header()
    {
        var import = AssertImported(Read(2020, Units, targets: Csv(
            "program,code,applies_to,indicator,comparator,value,from_year",
            "01-CTr/TU,DV70,upper,members_httnv_plus_share,>,70,2016")));

        Assert.Equal(UnitKind.Upper, Assert.Single(import.Targets!).AppliesTo);
    }

    [Fact]
    public void A_folder_without_targets_csv_has_no_targets_to_change()
    {
        Assert.Null(AssertImported(Read(2020, Units)).Targets);
    }

    [Theory]
    [InlineData("01-CTr/TU,CS50,district,grassroots_clean_strong_share,>,50,2016,2020", "applies_to", "'district' is not a kind")]
    [InlineData("01-CTr/TU,CS50,city,grassroots_tsvm_share,>,50,2016,2020", "indicator", "'grassroots_tsvm_share' is not an indicator")]
    [InlineData("01-CTr/TU,CS50,city,members_clean_strong_share,>,50,2016,2020", "indicator", "is not an indicator")]
    [InlineData("01-CTr/TU,CS50,city,grassroots_clean_strong_share,=,50,2016,2020", "comparator", "'=' is not a comparator; use >, >=, <, <=")]
    [InlineData("01-CTr/TU,CS50,city,grassroots_clean_strong_share,>,101,2016,2020", "value", "101 is outside 0–100")]
    [InlineData("01-CTr/TU,CS50,city,grassroots_clean_strong_share,>,half,2016,2020", "value", "'half' is not a number")]
    [InlineData("01-CTr/TU,CS50,city,grassroots_clean_strong_share,>,50,16,2020", "from_year", "'16' is not a year")]
    [InlineData("01-CTr/TU,CS50,city,grassroots_clean_strong_share,>,50,2016,2015", "to_year", "2015 is before from_year 2016")]
    [InlineData(",CS50,city,grassroots_clean_strong_share,>,50,2016,2020", "program", "the program is empty")]
    [InlineData("01-CTr/TU,,city,grassroots_clean_strong_share,>,50,2016,2020", "code", "the code is empty")]
    public void A_bad_target_cell_is_reported_with_its_column(string row, string column, string reasonPart) =>
        AssertOnlyError(ReadTargets(row), "targets.csv", 2, column, reasonPart);

    [Fact]
    public void A_second_row_for_the_same_target_and_first_year_is_reported() =>
        AssertOnlyError(ReadTargets(CleanStrong, CleanStrong), "targets.csv", 3, "code",
            "a second row for target 01-CTr/TU/CS50 from 2016; the first is at line 2");

    [Fact]
    public void A_bad_target_row_imports_nothing()
    {
        var result = ReadTargets(CleanStrong, "01-CTr/TU,X,city,grassroots_clean_strong_share,>,50,2016,2015");

        Assert.Null(result.Import);
    }
}
