using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

public sealed class HeaderTests
{
    [Fact]
    public void An_unknown_column_is_reported_by_name() =>
        AssertOnlyError(
            Read(2025, Csv("id,parent_id,kind,name,note", "HN,,city,Hà Nội,capital")),
            "units.csv", 1, "note", "unknown column 'note'");

    [Fact]
    public void A_required_units_column_missing_from_the_header_is_reported() =>
        AssertOnlyError(Read(2025, Csv("id,parent_id,kind", "HN,,city")), "units.csv", 1, "name", "the header has no 'name' column");

    [Fact]
    public void A_required_members_column_missing_from_the_header_is_reported() =>
        AssertOnlyError(
            Read(2025, Units, null, Csv("unit_id,htxsnv,httnv,htnv,khtnv,not_rated", "PX-1,3,10,5,1,2")),
            "members.csv", 1, "disciplined", "the header has no 'disciplined' column");

    [Fact]
    public void An_assessments_header_without_unit_id_is_reported() =>
        AssertOnlyError(Read(2025, Units, Csv("not_rated", "true")), "assessments.csv", 1, "unit_id", "no 'unit_id' column");

    [Fact]
    public void A_column_named_twice_in_the_header_is_reported() =>
        AssertOnlyError(
            Read(2025, Units, null, Csv(MembersHeader + ",khtnv", "PX-1,3,10,5,1,2,1,1")),
            "members.csv", 1, "khtnv", "'khtnv' appears twice");

    [Fact]
    public void A_row_with_a_different_number_of_fields_than_the_header_is_reported() =>
        AssertOnlyError(Read(2025, UnitsWith("PX-3,PX,cell")), "units.csv", 7, null, "the row has 3 fields but the header has 4");

    [Fact]
    public void An_empty_file_is_reported_as_lacking_a_header() =>
        AssertOnlyError(Read(2025, Units, ""), "assessments.csv", 0, null, "needs a header row");

    [Theory]
    [InlineData("id,parent_id,kind,name,note", "note", "unknown column 'note'")]
    [InlineData("id,parent_id,kind", "name", "the header has no 'name' column")]
    [InlineData("id,parent_id,kind,name,kind", "kind", "the column 'kind' appears twice")]
    public void A_wrong_header_is_reported_without_reading_the_rows(string header, string column, string reasonPart)
    {
        // Rows of three fields under any of these headers would each be an error, were they read.
        using var units = new HugeFileReader(header, "garbage,\"row,three");

        var result = YearImporter.Read(2025, units, null, null);

        AssertOnlyError(result, "units.csv", 1, column, reasonPart);
        Assert.InRange(units.CharactersRead, 1, 1_000_000);
    }

    [Fact]
    public void A_wrong_members_header_is_reported_without_reading_its_rows()
    {
        using var members = new HugeFileReader("unit_id,htxsnv,httnv,htnv,khtnv,not_rated", "ZZ,-1,x");

        var result = YearImporter.Read(2025, new StringReader(Units), null, members);

        AssertOnlyError(result, "members.csv", 1, "disciplined", "the header has no 'disciplined' column");
        Assert.InRange(members.CharactersRead, 1, 1_000_000);
    }

    [Fact]
    public void A_header_after_blank_lines_is_reported_at_its_own_line() =>
        AssertOnlyError(Read(2025, "\n  \n" + Csv("id,parent_id,kind,name,note", "HN,,city,Hà Nội,capital")), "units.csv", 3, "note", "unknown column 'note'");

    [Fact]
    public void A_header_with_an_unnamed_column_is_reported_by_its_position() =>
        AssertOnlyError(Read(2025, Csv("id,parent_id,,kind,name", "HN,,,city,Hà Nội")), "units.csv", 1, null, "header column 3 has no name");

    [Fact]
    public void Quoted_column_names_are_read_unquoted()
    {
        var import = AssertImported(Read(2025, Csv("\"id\",\"parent_id\",\"kind\",\"name\"", "HN,,city,Hà Nội")));

        Assert.Equal("Hà Nội", Assert.Single(import.Units).Name);
    }

    [Fact]
    public void Columns_may_come_in_any_order()
    {
        var import = AssertImported(Read(2025, Csv("name,kind,id,parent_id", "Hà Nội,city,HN,")));

        Assert.Equal("Hà Nội", Assert.Single(import.Units).Name);
    }
}
