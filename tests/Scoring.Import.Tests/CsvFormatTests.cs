using Scoring.GrainInterfaces;
using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

public sealed class CsvFormatTests
{
    [Fact]
    public void A_quoted_name_with_a_comma_and_a_doubled_quote_is_read_whole()
    {
        var import = AssertImported(Read(2025, UnitsWith("PX-3,PX,cell,\"Chi bộ 3, \"\"Tổ 5\"\"\"")));

        Assert.Equal("Chi bộ 3, \"Tổ 5\"", import.Units[^1].Name);
    }

    [Fact]
    public void A_byte_order_mark_CRLF_line_ends_and_blank_trailing_lines_are_read()
    {
        var units = "\uFEFF" + string.Join("\r\n", UnitsHeader, "HN,,city,Hà Nội", "BD,HN,upper,Ba Đình") + "\r\n\r\n\r\n";

        var import = AssertImported(Read(2025, units));

        Assert.Equal(
            [new UnitRecord(new UnitId("HN"), null, UnitKind.City, "Hà Nội"), new UnitRecord(new UnitId("BD"), new UnitId("HN"), UnitKind.Upper, "Ba Đình")],
            import.Units);
    }

    [Fact]
    public void An_error_names_the_physical_line_its_record_starts_on_after_a_multi_line_quoted_field()
    {
        var units = string.Join("\r\n", UnitsHeader, "HN,,city,Hà Nội", "BD,HN,upper,\"Ba Đình\r\ndistrict\"", "", "PX,NOPE,grassroots,Phúc Xá");

        AssertOnlyError(Read(2025, units), "units.csv", 6, "parent_id", "no unit 'NOPE'");
    }

    [Fact]
    public void A_quoted_field_that_is_never_closed_is_reported_at_the_line_it_starts_on() =>
        AssertOnlyError(Read(2025, UnitsWith("PX-3,PX,cell,\"Chi bộ 3", "PX-4,PX,cell,Chi bộ 4")),
            "units.csv", 7, null, "a quoted field is never closed");

    [Fact]
    public void LF_line_ends_without_a_byte_order_mark_or_a_last_line_end_are_read()
    {
        var import = AssertImported(Read(2025, string.Join("\n", UnitsHeader, "HN,,city,Hà Nội", "BD,HN,upper,Ba Đình")));

        Assert.Equal(["HN", "BD"], import.Units.Select(unit => unit.Id.Value));
    }

    [Fact]
    public void Lone_CR_line_ends_are_read_and_counted_as_lines() =>
        AssertOnlyError(Read(2025, string.Join("\r", UnitsHeader, "HN,,city,Hà Nội", "BD,NOPE,upper,Ba Đình")), "units.csv", 3, "parent_id", "no unit 'NOPE'");

    [Fact]
    public void Blank_and_white_space_lines_between_rows_are_skipped_but_counted()
    {
        var units = string.Join("\n", UnitsHeader, "HN,,city,Hà Nội", "", "   ", "\t", "BD,NOPE,upper,Ba Đình");

        AssertOnlyError(Read(2025, units), "units.csv", 6, "parent_id", "no unit 'NOPE'");
    }

    [Fact]
    public void An_error_names_the_physical_line_after_an_LF_quoted_field_of_three_lines()
    {
        var units = Csv(UnitsHeader, "HN,,city,\"Hà Nội\nThủ đô\n(city)\"", "BD,HN,upper,Ba Đình", "PX,NOPE,grassroots,Phúc Xá");

        var error = AssertOnlyError(Read(2025, units), "units.csv", 6, "parent_id", "no unit 'NOPE'");

        Assert.Equal("units.csv:6: parent_id: no unit 'NOPE' in units.csv", error.ToString());
    }

    [Fact]
    public void A_line_break_inside_quotes_is_kept_in_the_value()
    {
        var import = AssertImported(Read(2025, Csv(UnitsHeader, "HN,,city,\"Hà Nội\r\nThủ đô\"")));

        Assert.Equal("Hà Nội\r\nThủ đô", Assert.Single(import.Units).Name);
    }

    [Fact]
    public void Quoted_values_and_values_with_spaces_around_them_are_read_as_their_text()
    {
        var import = AssertImported(ReadMembers("\"PX-1\", 3 ,\"10\",\" 5 \",1,2,1"));

        Assert.Equal(new MemberTally(3, 10, 5, 1, 2, 1), import.Members[new UnitId("PX-1")]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("   ")]
    [InlineData("\" \"")]
    public void An_empty_optional_cell_reads_as_absent_whether_bare_quoted_or_blank(string cell)
    {
        var import = AssertImported(ReadScores($"BD,{cell},75,{cell},{cell},12,10,0,2,0,false,1,false,80"));

        var assessment = import.Assessments[new UnitId("BD")];
        Assert.Equal((false, 75m, null, null), (assessment.NotRated, assessment.Score, assessment.CommonScore, assessment.TaskScore));
    }

    [Fact]
    public void An_empty_required_cell_is_reported_even_when_quoted() =>
        AssertOnlyError(ReadMembers("PX-1,3,10,\"\",1,2,1"), "members.csv", 2, "htnv", "the count is empty");

    [Fact]
    public void A_quoted_field_that_is_never_closed_in_the_header_is_reported_at_line_1() =>
        AssertOnlyError(Read(2025, Csv("id,parent_id,kind,\"name", "HN,,city,Hà Nội")), "units.csv", 1, null, "a quoted field is never closed");

    [Fact]
    public void A_stray_quote_inside_a_value_is_reported_rather_than_read_as_text() =>
        AssertOnlyError(Read(2025, UnitsWith("PX-3,PX,cell,Tổ 5\" tầng")), "units.csv", 7, null, "a quoted field is never closed");
}
