using Scoring.GrainInterfaces;
using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

public sealed class MembersFileTests
{
    [Fact]
    public void A_members_row_for_a_unit_not_in_units_csv_is_reported() =>
        AssertOnlyError(ReadMembers("ZZ,1,1,1,0,0,0"), "members.csv", 2, "unit_id", "no unit 'ZZ' in units.csv");

    [Fact]
    public void A_second_members_row_for_the_same_unit_is_reported_with_the_line_of_the_first() =>
        AssertOnlyError(ReadMembers("PX-1,3,10,5,1,2,1", "PX-1,3,10,5,1,2,1"),
            "members.csv", 3, "unit_id", "a second row for unit 'PX-1'; the first is at line 2");

    [Theory]
    [InlineData("PX-1,-1,10,5,1,2,1", "htxsnv", "-1 is negative")]
    [InlineData("PX-1,3,ten,5,1,2,1", "httnv", "'ten' is not a whole number")]
    [InlineData("PX-1,3,10,,1,2,1", "htnv", "the count is empty")]
    [InlineData("PX-1,3,10,5,1,2.5,1", "not_rated", "'2.5' is not a whole number")]
    public void A_member_count_that_is_not_a_whole_number_of_at_least_0_is_reported(string row, string column, string reasonPart) =>
        AssertOnlyError(ReadMembers(row), "members.csv", 2, column, reasonPart);

    [Fact]
    public void More_members_disciplined_than_rated_KHTNV_is_reported() =>
        AssertOnlyError(ReadMembers("PX-1,3,10,5,1,2,2"), "members.csv", 2, "disciplined",
            "2 members were disciplined but only 1 are rated KHTNV");

    [Fact]
    public void A_unit_with_child_organizations_may_not_have_a_members_row() =>
        AssertOnlyError(ReadMembers("PX,3,10,5,1,2,1"), "members.csv", 2, "unit_id",
            "unit 'PX' has 2 child organizations in units.csv");

    [Theory]
    [InlineData("Q9,HN,upper,Huyện không có tổ chức", "Q9", "upper")]
    [InlineData("P,PX,partial,Đảng bộ bộ phận trống", "P", "partial")]
    public void A_members_row_for_an_upper_or_partial_unit_is_reported_even_without_child_organizations(
        string addedUnit, string unit, string kind) =>
        AssertOnlyError(Read(2025, UnitsWith(addedUnit), null, Csv(MembersHeader, $"{unit},1,20,3,0,1,0")),
            "members.csv", 2, "unit_id",
            $"unit '{unit}' is of kind {kind}; only a cell, or a grassroots unit with no child organizations, has members directly");

    [Fact]
    public void A_members_row_for_a_city_is_reported_even_when_the_city_is_the_only_unit() =>
        AssertOnlyError(Read(2025, Csv(UnitsHeader, "HN,,city,Hà Nội"), null, Csv(MembersHeader, "HN,1,20,3,0,1,0")),
            "members.csv", 2, "unit_id", "unit 'HN' is of kind city; only a cell, or a grassroots unit");

    [Fact]
    public void A_members_row_for_a_district_with_child_organizations_is_reported_once_for_its_kind() =>
        AssertOnlyError(ReadMembers("BD,1,20,3,0,1,0"), "members.csv", 2, "unit_id", "unit 'BD' is of kind upper");

    [Fact]
    public void A_grassroots_unit_without_child_organizations_may_have_members()
    {
        var import = AssertImported(Read(2025, UnitsWith("PY,BD,grassroots,Chi bộ cơ sở"), null, Csv(MembersHeader, "PY,1,20,3,0,1,0")));

        Assert.Equal(new MemberTally(1, 20, 3, 0, 1, 0), import.Members[new UnitId("PY")]);
    }
}
