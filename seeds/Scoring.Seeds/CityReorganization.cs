using System.Globalization;
using Scoring.GrainInterfaces;

namespace Scoring.Seeds;

/// <summary>
/// Hanoi's tree from July 2025 (DOMAIN.md §1): the districts are gone; the wards, communes and townships of the
/// districts merge into new ward and commune organizations directly under the city (51 and 75 at city scale), and
/// every other grassroots organization moves, whole and under its own id, to one of the city's sector committees
/// (10 at city scale). Cells of the merged organizations keep their ids and members and are renumbered in their new
/// organization; nothing else of the earlier tree changes, so a unit that exists in both years compares.
/// </summary>
internal static class CityReorganization
{
    private static readonly Sector[] Sectors =
    [
        new("Doanh nghiệp", [UnitSetting.Company, UnitSetting.SmallCompany, UnitSetting.Cooperative]),
        new("Cơ quan", [UnitSetting.Agency]),
        new("Giáo dục", [UnitSetting.School, UnitSetting.Kindergarten, UnitSetting.PrimarySchool]),
        new("Y tế", [UnitSetting.Hospital, UnitSetting.Clinic]),
    ];

    /// <summary>The reorganized tree of <paramref name="districts"/>, the city's tree before July 2025.</summary>
    public static SeedTree Apply(SeedTree districts, ReorganizedShape shape, int seed)
    {
        var before = districts.Nodes;
        // The new organizations draw their standing from a stream of their own, so the earlier units keep theirs.
        var random = new Random(unchecked(seed ^ 0x2025_0701));
        var nodes = new List<SeedNode>();
        var city = Copy(nodes, before[0], parent: -1, before[0].Name);

        var grassroots = before[0].Children.SelectMany(upper => before[upper].Children.Select(g => (Upper: before[upper], Grassroots: before[g]))).ToArray();
        var urban = grassroots.Where(g => UnitNames.IsResidential(g.Grassroots.Setting) && g.Upper.Setting != UnitSetting.RuralDistrict).Select(g => g.Grassroots).ToArray();
        var rural = grassroots.Where(g => UnitNames.IsResidential(g.Grassroots.Setting) && g.Upper.Setting == UnitSetting.RuralDistrict).Select(g => g.Grassroots).ToArray();
        Merge(nodes, before, city, urban, shape.Wards, "P", UnitSetting.Ward, random);
        Merge(nodes, before, city, rural, shape.Communes, "X", UnitSetting.Commune, random);

        var sectorNumber = 0;
        for (var s = 0; s < Sectors.Length; s++)
        {
            var members = grassroots.Select(g => g.Grassroots).Where(g => Sectors[s].Settings.Contains(g.Setting)).ToArray();
            var groups = Groups(members, shape.SectorsOf(s));
            for (var k = 0; k < groups.Length; k++)
            {
                var name = groups.Length == 1 ? $"Đảng bộ Khối {Sectors[s].Name}" : $"Đảng bộ Khối {Sectors[s].Name} {Number(k + 1)}";
                var sector = Add(nodes, $"{before[0].Id}-K{Number(++sectorNumber)}", city, UnitKind.Upper, UnitSetting.Bloc, name, random.NextDouble());
                foreach (var organization in groups[k])
                {
                    CopySubtree(nodes, before, organization, sector);
                }
            }
        }

        return new SeedTree(nodes);
    }

    /// <summary>Merges <paramref name="residential"/> organizations, in their order, into <paramref name="count"/> new ones whose cells they were.</summary>
    private static void Merge(
        List<SeedNode> nodes, IReadOnlyList<SeedNode> before, int city, SeedNode[] residential, int count, string code, UnitSetting setting, Random random)
    {
        var groups = Groups(residential, count);
        for (var m = 0; m < groups.Length; m++)
        {
            var merged = Add(nodes, $"{before[0].Id}-{code}{Number(m + 1, 3)}", city, UnitKind.Grassroots, setting,
                UnitNames.Of(setting, m + 1), random.NextDouble());
            var cell = 0;
            foreach (var cellIndex in groups[m].SelectMany(organization => organization.Children))
            {
                Copy(nodes, before[cellIndex], merged, UnitNames.Cell(setting, ++cell));
            }
        }
    }

    /// <summary>Splits <paramref name="items"/> into at most <paramref name="count"/> contiguous groups of nearly equal size, none empty.</summary>
    private static SeedNode[][] Groups(SeedNode[] items, int count)
    {
        var groups = Math.Min(count, items.Length);
        return Enumerable.Range(0, groups)
            .Select(g => items[(g * items.Length / groups)..((g + 1) * items.Length / groups)])
            .ToArray();
    }

    private static void CopySubtree(List<SeedNode> nodes, IReadOnlyList<SeedNode> before, SeedNode node, int parent)
    {
        var copy = Copy(nodes, node, parent, node.Name);
        foreach (var child in node.Children)
        {
            CopySubtree(nodes, before, before[child], copy);
        }
    }

    private static int Copy(List<SeedNode> nodes, SeedNode node, int parent, string name)
    {
        var copy = Add(nodes, node.Id, parent, node.Kind, node.Setting, name, node.Standing);
        nodes[copy].Members = node.Members;
        return copy;
    }

    private static int Add(List<SeedNode> nodes, string id, int parent, UnitKind kind, UnitSetting setting, string name, double standing)
    {
        var node = new SeedNode(nodes.Count, id, parent, kind, setting, name, standing);
        nodes.Add(node);
        if (parent >= 0)
        {
            nodes[parent].Children.Add(node.Index);
        }

        return node.Index;
    }

    private static string Number(int value, int digits = 2) =>
        value.ToString(new string('0', digits), CultureInfo.InvariantCulture);

    private sealed record Sector(string Name, UnitSetting[] Settings);
}
