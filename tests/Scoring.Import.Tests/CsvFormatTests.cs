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
}
