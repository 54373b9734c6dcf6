using Scoring.GrainInterfaces;
using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

public sealed class UnitsFileTests
{
    [Fact]
    public void A_parent_id_naming_no_unit_is_reported_with_its_line()
    {
        var error = AssertOnlyError(Read(2025, UnitsWith("X-1,NOPE,cell,Lost")), "units.csv", 7, "parent_id", "no unit 'NOPE'");

        Assert.Equal("units.csv:7: parent_id: no unit 'NOPE' in units.csv", error.ToString());
    }

    [Fact]
    public void An_empty_id_is_reported() =>
        AssertOnlyError(Read(2025, UnitsWith(",PX,cell,Nameless")), "units.csv", 7, "id", "the id is empty");

    [Fact]
    public void A_duplicate_id_is_reported_at_the_second_row_with_the_line_of_the_first() =>
        AssertOnlyError(Read(2025, UnitsWith("PX-1,PX,cell,Again")), "units.csv", 7, "id", "'PX-1' is already used at line 5");

    [Fact]
    public void An_unknown_kind_is_reported() =>
        AssertOnlyError(Read(2025, UnitsWith("PX-3,PX,branch,Branch")), "units.csv", 7, "kind", "unknown kind 'branch'");

    [Fact]
    public void A_kind_is_read_whatever_its_case()
    {
        var import = AssertImported(Read(2025, Csv(
            UnitsHeader,
            "HN,,City,Hà Nội",
            "BD,HN,UPPER,Ba Đình",
            "PX,BD,Grassroots,Phúc Xá",
            "P,PX,Partial,Phòng",
            "P-1,P,cEll,Chi bộ 1")));

        Assert.Equal(
            [UnitKind.City, UnitKind.Upper, UnitKind.Grassroots, UnitKind.Partial, UnitKind.Cell],
            import.Units.Select(unit => unit.Kind));
    }

    [Fact]
    public void An_unknown_kind_is_reported_as_written() =>
        AssertOnlyError(Read(2025, UnitsWith("PX-3,PX,Branch,Branch")), "units.csv", 7, "kind", "unknown kind 'Branch'");

    [Fact]
    public void An_empty_name_is_reported() =>
        AssertOnlyError(Read(2025, UnitsWith("PX-3,PX,cell,")), "units.csv", 7, "name", "the name is empty");

    [Fact]
    public void A_second_root_is_reported_at_its_line() =>
        AssertOnlyError(Read(2025, UnitsWith("HCM,,city,Hồ Chí Minh")), "units.csv", 7, "parent_id", "'HN' at line 2 is already the root");

    [Fact]
    public void A_root_that_is_neither_a_nation_nor_a_city_is_reported() =>
        AssertOnlyError(Read(2025, Csv(UnitsHeader, "BD,,upper,Ba Đình")), "units.csv", 2, "kind", "the root must be a nation or a city");

    [Fact]
    public void A_nation_of_cities_imports_with_districts_before_the_reorganization_and_without_them_after()
    {
        var import = AssertImported(Read(2025, Csv(
            UnitsHeader,
            "VN,,nation,Việt Nam",
            "HN,VN,city,Hà Nội",
            "BD,HN,upper,Ba Đình",
            "PX,BD,grassroots,Phúc Xá",
            "HP,VN,city,Hải Phòng",
            "HP-G1,HP,grassroots,Phường Hồng Bàng",
            "HP-G1-C1,HP-G1,cell,Chi bộ 1")));

        Assert.Equal(
            [UnitKind.Nation, UnitKind.City, UnitKind.Upper, UnitKind.Grassroots, UnitKind.City, UnitKind.Grassroots, UnitKind.Cell],
            import.Units.Select(unit => unit.Kind));
    }

    [Fact]
    public void A_units_file_with_a_header_and_no_rows_is_reported_as_having_no_units()
    {
        var result = Read(2025, Csv(UnitsHeader), null, Members);

        Assert.Null(result.Import);
        Assert.Equal([new ImportError("units.csv", 0, null, "units.csv has no units")], result.Errors);
    }

    [Fact]
    public void A_tree_without_a_root_is_reported_for_the_whole_file()
    {
        var result = Read(2025, Csv(UnitsHeader, "BD,HN,upper,Ba Đình"));

        Assert.Null(result.Import);
        Assert.Equal(
        [
            new ImportError("units.csv", 0, null, "no unit is the root: the nation's or the city's row must leave parent_id empty"),
            new ImportError("units.csv", 2, "parent_id", "no unit 'HN' in units.csv"),
        ],
            result.Errors);
    }

    [Fact]
    public void Every_unit_on_a_cycle_is_reported_once_at_its_line_and_a_unit_below_the_cycle_is_not()
    {
        var result = Read(2025, UnitsWith("A,B,partial,A", "B,A,grassroots,B", "C,A,cell,Below the cycle"));

        Assert.Null(result.Import);
        var cycleErrors = result.Errors.Where(e => e.Reason.Contains("its own ancestor", StringComparison.Ordinal)).ToList();
        Assert.Equal([(7, "'A' is its own ancestor: A → B → A"), (8, "'B' is its own ancestor: B → A → B")],
            cycleErrors.Select(e => (e.Line, e.Reason)));
        Assert.All(cycleErrors, e => Assert.Equal("parent_id", e.Column));
        Assert.DoesNotContain(result.Errors, e => e.Line == 9);
    }

    [Theory]
    [InlineData("X,HN,cell,Cell under the city", "'X' (cell) cannot sit under 'HN' (city): cell units sit under grassroots or partial units")]
    [InlineData("X,PX-1,cell,Cell under a cell", "'X' (cell) cannot sit under 'PX-1' (cell)")]
    [InlineData("X,BD,partial,Partial under a district", "'X' (partial) cannot sit under 'BD' (upper): partial units sit under grassroots units")]
    [InlineData("X,PX,upper,District under a ward", "'X' (upper) cannot sit under 'PX' (grassroots): upper units sit under city units")]
    [InlineData("X,HN,city,City under the city", "'X' (city) cannot sit under 'HN' (city): city units sit under nation units")]
    [InlineData("X,HN,nation,Nation under the city", "'X' (nation) cannot sit under 'HN' (city): a nation can only be the root")]
    [InlineData("X,BD,city,City under a district", "'X' (city) cannot sit under 'BD' (upper): city units sit under nation units")]
    public void A_unit_under_a_parent_of_a_kind_it_cannot_sit_under_is_reported(string row, string reasonPart) =>
        AssertOnlyError(Read(2025, UnitsWith(row)), "units.csv", 7, "parent_id", reasonPart);

    [Fact]
    public void Every_allowed_parent_kind_imports()
    {
        var import = AssertImported(Read(2025, UnitsWith(
            "G2,HN,grassroots,A ward directly under the city",
            "P,PX,partial,A department",
            "P-1,P,cell,A cell of the department",
            "G2-1,G2,cell,A cell of the ward")));

        Assert.Equal(9, import.Units.Count);
        Assert.Equal(new UnitRecord(new UnitId("P-1"), new UnitId("P"), UnitKind.Cell, "A cell of the department"), import.Units[7]);
    }
}
