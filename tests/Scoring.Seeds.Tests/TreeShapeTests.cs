using Scoring.GrainInterfaces;

namespace Scoring.Seeds.Tests;

public sealed class TreeShapeTests
{
    [Fact]
    public void City_scale_has_the_Hanoi_2020_counts_and_no_partial_organizations()
    {
        var units = Generated.Year(SeedScale.City, 2024).Units;

        Assert.Equal(1, units.Count(u => u.Kind == UnitKind.City));
        Assert.Equal(50, units.Count(u => u.Kind == UnitKind.Upper));
        Assert.Equal(2_310, units.Count(u => u.Kind == UnitKind.Grassroots));
        Assert.Equal(17_118, units.Count(u => u.Kind == UnitKind.Cell));
        Assert.Equal(19_479, units.Count);
    }

    [Fact]
    public void City_scale_has_about_450000_members()
    {
        var members = Generated.Year(SeedScale.City, 2024).Members.Sum(m => m.Members.Total);

        Assert.InRange(members, 441_000, 459_000);
    }

    [Theory]
    [InlineData(SeedScale.City, 231)]
    [InlineData(SeedScale.Sample, 2)]
    public void About_a_tenth_of_grassroots_are_chi_bo_co_so_with_members_and_no_cells(SeedScale scale, int expected)
    {
        var year = Generated.Year(scale, 2024);
        var parents = year.Units.Where(u => u.Parent is not null).Select(u => u.Parent!.Value).ToHashSet();
        var withMembers = year.Members.Select(m => m.Unit).ToHashSet();

        var chiBoCoSo = year.Units.Where(u => u.Kind == UnitKind.Grassroots && withMembers.Contains(u.Id)).ToArray();

        Assert.Equal(expected, chiBoCoSo.Length);
        Assert.All(chiBoCoSo, u => Assert.DoesNotContain(u.Id, parents));
        Assert.All(chiBoCoSo, u => Assert.StartsWith("Chi bộ ", u.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_scale_is_small_enough_for_tests_and_demos()
    {
        var year = Generated.Year(SeedScale.Sample, 2024);

        Assert.Equal(3, year.Units.Count(u => u.Kind == UnitKind.Upper));
        Assert.Equal(12, year.Units.Count(u => u.Kind == UnitKind.Grassroots));
        Assert.Equal(50, year.Units.Count(u => u.Kind == UnitKind.Cell));
        Assert.InRange(year.Members.Sum(m => m.Members.Total), 2_000, 3_000);
    }

    [Theory]
    [InlineData(SeedScale.Sample)]
    [InlineData(SeedScale.City)]
    public void Every_parent_exists_before_its_children_and_the_kinds_nest(SeedScale scale)
    {
        var units = Generated.Year(scale, 2024).Units;
        var seen = new Dictionary<UnitId, UnitKind> { [units[0].Id] = units[0].Kind };

        Assert.Equal(UnitKind.City, units[0].Kind);
        Assert.Null(units[0].Parent);
        foreach (var unit in units.Skip(1))
        {
            Assert.NotNull(unit.Parent);
            Assert.True(seen.TryGetValue(unit.Parent.Value, out var parentKind), $"{unit.Id}'s parent comes first");
            Assert.Equal(ParentKind(unit.Kind), parentKind);
            Assert.True(seen.TryAdd(unit.Id, unit.Kind), $"{unit.Id} is unique");
        }
    }

    [Theory]
    [InlineData(SeedScale.Sample)]
    [InlineData(SeedScale.City)]
    public void Ids_extend_their_parents_id(SeedScale scale)
    {
        var units = Generated.Year(scale, 2024).Units;

        Assert.Equal("HN", units[0].Id.Value);
        Assert.All(units.Skip(1), u => Assert.Matches($"^{u.Parent!.Value.Value}-(Q\\d\\d|G\\d{{4}}|C\\d\\d)$", u.Id.Value));
    }

    [Fact]
    public void Names_are_Vietnamese_party_organization_names()
    {
        var units = Generated.Year(SeedScale.City, 2024).Units;

        Assert.Equal("Đảng bộ Thành phố Hà Nội", units[0].Name);
        Assert.All(units.Where(u => u.Kind == UnitKind.Upper), u => Assert.StartsWith("Đảng bộ ", u.Name, StringComparison.Ordinal));
        Assert.All(units.Where(u => u.Kind == UnitKind.Cell), u => Assert.StartsWith("Chi bộ ", u.Name, StringComparison.Ordinal));
        Assert.Contains(units, u => u.Name == "Đảng bộ Quận 01");
        Assert.Contains(units, u => u.Name.StartsWith("Chi bộ Tổ dân phố ", StringComparison.Ordinal));
    }

    private static UnitKind ParentKind(UnitKind kind) => kind switch
    {
        UnitKind.Upper => UnitKind.City,
        UnitKind.Grassroots => UnitKind.Upper,
        _ => UnitKind.Grassroots,
    };
}
