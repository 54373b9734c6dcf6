using Scoring.GrainInterfaces;

namespace Scoring.Seeds.Tests;

/// <summary>Hanoi from July 2025 (DOMAIN.md §1): no districts; merged wards and communes and sector committees under the city.</summary>
public sealed class CityReorganizationTests
{
    [Fact]
    public void From_2025_the_city_has_126_ward_and_commune_organizations_and_10_sector_committees_and_no_districts()
    {
        var units = Generated.Year(SeedScale.City, 2025).Units;
        var underCity = units.Where(u => u.Parent?.Value == "HN").ToArray();

        Assert.Equal(136, underCity.Length);
        Assert.Equal(51, underCity.Count(u => u.Kind == UnitKind.Grassroots && u.Name.StartsWith("Đảng bộ Phường ", StringComparison.Ordinal)));
        Assert.Equal(75, underCity.Count(u => u.Kind == UnitKind.Grassroots && u.Name.StartsWith("Đảng bộ Xã ", StringComparison.Ordinal)));
        Assert.Equal(10, underCity.Count(u => u.Kind == UnitKind.Upper && u.Name.StartsWith("Đảng bộ Khối ", StringComparison.Ordinal)));
        Assert.Equal(10, units.Count(u => u.Kind == UnitKind.Upper));
    }

    [Theory]
    [InlineData(SeedScale.Sample)]
    [InlineData(SeedScale.City)]
    public void Every_cell_keeps_its_id_and_its_members_across_the_reorganization(SeedScale scale)
    {
        var before = Generated.Year(scale, 2024);
        var after = Generated.Year(scale, 2025);

        Assert.Equal(Cells(before), Cells(after));
        Assert.Equal(
            before.Members.ToDictionary(m => m.Unit, m => m.Members.Total),
            after.Members.ToDictionary(m => m.Unit, m => m.Members.Total));
    }

    [Theory]
    [InlineData(SeedScale.Sample)]
    [InlineData(SeedScale.City)]
    public void Organizations_other_than_wards_and_communes_move_whole_under_a_sector_committee(SeedScale scale)
    {
        var before = Generated.Year(scale, 2024).Units;
        var after = Generated.Year(scale, 2025).Units.ToDictionary(u => u.Id);
        var merged = MergedIds(before);

        var moved = before.Where(u => u.Kind == UnitKind.Grassroots && !merged.Contains(u.Id)).ToArray();

        Assert.NotEmpty(moved);
        Assert.All(moved, organization =>
        {
            var now = after[organization.Id];
            Assert.Equal(organization.Name, now.Name);
            Assert.Equal(UnitKind.Upper, after[now.Parent!.Value].Kind);
            Assert.Equal("HN", after[now.Parent!.Value].Parent?.Value);
        });
        Assert.All(before.Where(u => u.Parent is { } parent && moved.Any(m => m.Id == parent)), child =>
            Assert.Equal(child.Parent, after[child.Id].Parent));
    }

    [Theory]
    [InlineData(SeedScale.Sample)]
    [InlineData(SeedScale.City)]
    public void The_wards_communes_and_townships_of_the_districts_are_gone_and_their_cells_sit_in_the_merged_organizations(SeedScale scale)
    {
        var before = Generated.Year(scale, 2024).Units;
        var after = Generated.Year(scale, 2025).Units.ToDictionary(u => u.Id);
        var merged = MergedIds(before);

        Assert.NotEmpty(merged);
        Assert.All(merged, id => Assert.False(after.ContainsKey(id), $"{id} is gone"));
        Assert.All(before.Where(u => u.Parent is { } parent && merged.Contains(parent)), cell =>
        {
            var organization = after[after[cell.Id].Parent!.Value];
            Assert.Equal(UnitKind.Grassroots, organization.Kind);
            Assert.Equal("HN", organization.Parent?.Value);
        });
    }

    [Fact]
    public void The_cells_of_a_merged_organization_are_numbered_in_it()
    {
        var units = Generated.Year(SeedScale.City, 2025).Units;

        var cells = units.Where(u => u.Parent?.Value == "HN-P001").Select(u => u.Name).ToArray();

        Assert.Equal(Enumerable.Range(1, cells.Length).Select(n => $"Chi bộ Tổ dân phố {n}"), cells);
    }

    private static HashSet<UnitId> MergedIds(IReadOnlyList<UnitRecord> units)
    {
        var districts = units.Where(u => u.Kind == UnitKind.Upper).Select(u => u.Id).ToHashSet();
        return units
            .Where(u => u.Kind == UnitKind.Grassroots && u.Parent is { } parent && districts.Contains(parent)
                && (u.Name.StartsWith("Đảng bộ Phường ", StringComparison.Ordinal) || u.Name.StartsWith("Đảng bộ Xã ", StringComparison.Ordinal)
                    || u.Name.StartsWith("Đảng bộ Thị trấn ", StringComparison.Ordinal)))
            .Select(u => u.Id)
            .ToHashSet();
    }

    private static string[] Cells(SeedYear year) =>
        year.Units.Where(u => u.Kind == UnitKind.Cell).Select(u => u.Id.Value).Order(StringComparer.Ordinal).ToArray();
}
