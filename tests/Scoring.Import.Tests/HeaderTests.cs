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

    [Fact]
    public void Columns_may_come_in_any_order()
    {
        var import = AssertImported(Read(2025, Csv("name,kind,id,parent_id", "Hà Nội,city,HN,")));

        Assert.Equal("Hà Nội", Assert.Single(import.Units).Name);
    }
}
