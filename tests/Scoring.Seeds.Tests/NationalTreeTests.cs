using Scoring.GrainInterfaces;

namespace Scoring.Seeds.Tests;

public sealed class NationalTreeTests
{
    [Fact]
    public void Before_2025_the_nation_has_63_provinces_with_districts_about_54000_grassroots_and_350000_units()
    {
        var units = Generated.Year(SeedScale.National, 2024).Units;

        Assert.Equal(new UnitRecord(new UnitId("VN"), null, UnitKind.Nation, "Đảng Cộng sản Việt Nam"), units[0]);
        Assert.Equal(63, units.Count(u => u.Kind == UnitKind.City));
        Assert.All(units.Where(u => u.Kind == UnitKind.City), u => Assert.Equal(new UnitId("VN"), u.Parent));
        Assert.InRange(units.Count(u => u.Kind == UnitKind.Upper), 700, 1_000);
        Assert.InRange(units.Count(u => u.Kind == UnitKind.Grassroots), 53_000, 55_000);
        Assert.InRange(units.Count, 330_000, 370_000);
    }

    [Fact]
    public void From_2025_the_nation_has_34_provinces_and_their_grassroots_organizations_sit_directly_under_them()
    {
        var units = Generated.Year(SeedScale.National, 2025).Units;
        var kinds = units.ToDictionary(u => u.Id, u => u.Kind);

        Assert.Equal(34, units.Count(u => u.Kind == UnitKind.City));
        Assert.DoesNotContain(units, u => u.Kind == UnitKind.Upper);
        Assert.All(units.Where(u => u.Kind == UnitKind.Grassroots), u => Assert.Equal(UnitKind.City, kinds[u.Parent!.Value]));
    }

    [Fact]
    public void The_nation_has_about_five_and_a_half_million_members()
    {
        var members = Generated.Year(SeedScale.National, 2024).Members.Sum(m => m.Members.Total);

        Assert.InRange(members, 5_300_000, 5_700_000);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Hanoi_is_the_largest_province_in_units_and_in_members(int year)
    {
        var generated = Generated.Year(SeedScale.National, year);
        var provinceOf = ProvinceOf(generated.Units);
        var units = generated.Units.Where(u => u.Parent is not null && u.Kind != UnitKind.City)
            .CountBy(u => provinceOf[u.Id]).ToDictionary();
        var members = generated.Members.GroupBy(m => provinceOf[m.Unit]).ToDictionary(g => g.Key, g => g.Sum(m => m.Members.Total));

        Assert.Equal(new UnitId("HN"), units.MaxBy(pair => pair.Value).Key);
        Assert.Equal(new UnitId("HN"), members.MaxBy(pair => pair.Value).Key);
        Assert.True(units.Values.Min() * 4 < units[new UnitId("HN")], "the smallest province is a fraction of Hanoi");
    }

    [Fact]
    public void Provinces_differ_in_shape_only_cities_and_industrial_provinces_have_departments()
    {
        var units = Generated.Year(SeedScale.National, 2024).Units;
        var provinceOf = ProvinceOf(units);
        var withDepartments = units.Where(u => u.Kind == UnitKind.Partial).Select(u => provinceOf[u.Id].Value).ToHashSet();

        Assert.NotEmpty(withDepartments);
        Assert.Contains("HCM", withDepartments);
        Assert.DoesNotContain("HN", withDepartments);
        Assert.DoesNotContain("HG", withDepartments);
        Assert.All(units.Where(u => u.Kind == UnitKind.Cell && u.Parent!.Value.Value.Contains("-P", StringComparison.Ordinal)),
            u => Assert.Matches(@"-G\d{4}-P\d\d-C\d\d$", u.Id.Value));
    }

    [Fact]
    public void A_grassroots_organization_keeps_its_id_name_and_members_when_its_province_is_merged()
    {
        var before = Generated.Year(SeedScale.National, 2024);
        var after = Generated.Year(SeedScale.National, 2025);
        string[] Grassroots(SeedYear year) => year.Units.Where(u => u.Kind == UnitKind.Grassroots).Select(u => $"{u.Id}|{u.Name}").Order().ToArray();
        int[] Tallies(SeedYear year) => year.Members.OrderBy(m => m.Unit.Value, StringComparer.Ordinal).Select(m => m.Members.Total).ToArray();

        Assert.Equal(Grassroots(before), Grassroots(after));
        Assert.Equal(Tallies(before), Tallies(after));
        var bacKan = after.Units.Single(u => u.Id == new UnitId("BK-Q01-G0001"));
        Assert.Equal(new UnitId("TN"), bacKan.Parent);
    }

    /// <summary>Each unit below a province, mapped to its province.</summary>
    private static Dictionary<UnitId, UnitId> ProvinceOf(IReadOnlyList<UnitRecord> units)
    {
        var provinceOf = new Dictionary<UnitId, UnitId>();
        foreach (var unit in units.Where(u => u.Parent is not null))
        {
            provinceOf[unit.Id] = unit.Kind == UnitKind.City ? unit.Id : provinceOf[unit.Parent!.Value];
        }

        return provinceOf;
    }
}
