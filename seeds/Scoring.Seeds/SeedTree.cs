using System.Globalization;
using Scoring.GrainInterfaces;

namespace Scoring.Seeds;

/// <summary>
/// The tree every year of a seed shares. Nodes are in depth-first order, so a parent always comes before its
/// children. Only arithmetic that is exact in IEEE doubles is used (no logarithms or powers), so the tree is the
/// same on every platform.
/// </summary>
internal sealed class SeedTree
{
    private static readonly (UnitSetting Setting, double Weight)[] UrbanMix =
        [(UnitSetting.Ward, 0.40), (UnitSetting.Company, 0.25), (UnitSetting.Agency, 0.12), (UnitSetting.School, 0.13), (UnitSetting.Hospital, 0.10)];

    private static readonly (UnitSetting Setting, double Weight)[] TownMix =
        [(UnitSetting.Ward, 0.25), (UnitSetting.Commune, 0.30), (UnitSetting.Company, 0.20), (UnitSetting.Agency, 0.12), (UnitSetting.School, 0.13)];

    private static readonly (UnitSetting Setting, double Weight)[] RuralMix =
        [(UnitSetting.Commune, 0.55), (UnitSetting.Township, 0.05), (UnitSetting.Company, 0.15), (UnitSetting.Agency, 0.10), (UnitSetting.School, 0.15)];

    private static readonly (UnitSetting Setting, double Weight)[] BlocMix =
        [(UnitSetting.Agency, 0.45), (UnitSetting.Company, 0.40), (UnitSetting.School, 0.10), (UnitSetting.Hospital, 0.05)];

    private static readonly UnitSetting[] MemberGrassrootsSettings =
        [UnitSetting.Kindergarten, UnitSetting.PrimarySchool, UnitSetting.SmallCompany, UnitSetting.Clinic, UnitSetting.Cooperative];

    private SeedTree(IReadOnlyList<SeedNode> nodes) => Nodes = nodes;

    public IReadOnlyList<SeedNode> Nodes { get; }

    public static SeedTree Build(int seed, SeedScale scale)
    {
        var shape = SeedShape.Of(scale);
        var random = new Random(seed);

        var upperSettings = UpperSettings(shape.Uppers);
        var upperWeights = upperSettings.Select(s => UpperWeight(s) * (0.5 + random.NextDouble())).ToArray();
        var grassrootsPerUpper = Allocation.Split(
            shape.Grassroots, upperWeights, SeedShape.MinGrassrootsPerUpper, SeedShape.MaxGrassrootsPerUpper, random);

        var hasMembers = PickMemberGrassroots(shape, random);
        var grassrootsSettings = new UnitSetting[shape.Grassroots];
        var first = 0;
        for (var u = 0; u < shape.Uppers; u++)
        {
            var mix = Mix(upperSettings[u]);
            for (var g = first; g < first + grassrootsPerUpper[u]; g++)
            {
                grassrootsSettings[g] = hasMembers[g]
                    ? MemberGrassrootsSettings[random.Next(MemberGrassrootsSettings.Length)]
                    : Pick(mix, random.NextDouble());
            }

            first += grassrootsPerUpper[u];
        }

        var withCells = Enumerable.Range(0, shape.Grassroots).Where(g => !hasMembers[g]).ToArray();
        var cellWeights = withCells.Select(g => CellWeight(grassrootsSettings[g]) * (0.5 + random.NextDouble())).ToArray();
        var cellsPerGrassroots = new int[shape.Grassroots];
        var cellCounts = Allocation.Split(
            shape.Cells, cellWeights, SeedShape.MinCellsPerGrassroots, SeedShape.MaxCellsPerGrassroots, random);
        for (var i = 0; i < withCells.Length; i++)
        {
            cellsPerGrassroots[withCells[i]] = cellCounts[i];
        }

        var nodes = new List<SeedNode>(1 + shape.Uppers + shape.Grassroots + shape.Cells);
        var city = Add(nodes, "HN", -1, UnitKind.City, UnitSetting.City, UnitNames.City, random);
        var grassroots = 0;
        var upperNumbers = new int[Enum.GetValues<UnitSetting>().Length];
        for (var u = 0; u < shape.Uppers; u++)
        {
            var upperId = $"HN-Q{Number(u + 1, 2)}";
            var upper = Add(nodes, upperId, city.Index, UnitKind.Upper, upperSettings[u],
                UnitNames.Of(upperSettings[u], ++upperNumbers[(int)upperSettings[u]]), random);
            var grassrootsNumbers = new int[upperNumbers.Length];
            for (var g = 1; g <= grassrootsPerUpper[u]; g++, grassroots++)
            {
                var setting = grassrootsSettings[grassroots];
                var grassrootsId = $"{upperId}-G{Number(g, 4)}";
                var organization = Add(nodes, grassrootsId, upper.Index, UnitKind.Grassroots, setting,
                    UnitNames.Of(setting, ++grassrootsNumbers[(int)setting]), random);
                for (var c = 1; c <= cellsPerGrassroots[grassroots]; c++)
                {
                    Add(nodes, $"{grassrootsId}-C{Number(c, 2)}", organization.Index, UnitKind.Cell, UnitSetting.Cell,
                        UnitNames.Cell(setting, c), random);
                }
            }
        }

        AssignMembers(nodes, shape, random);
        return new SeedTree(nodes);
    }

    private static SeedNode Add(
        List<SeedNode> nodes, string id, int parent, UnitKind kind, UnitSetting setting, string name, Random random)
    {
        var node = new SeedNode(nodes.Count, id, parent, kind, setting, name, random.NextDouble());
        nodes.Add(node);
        if (parent >= 0)
        {
            nodes[parent].Children.Add(node.Index);
        }

        return node;
    }

    /// <summary>
    /// Cells of wards and communes are large (retired members live there), cells of agencies and companies small.
    /// Raw sizes are skewed with a square, then scaled so the members add up to about the shape's total.
    /// </summary>
    private static void AssignMembers(List<SeedNode> nodes, SeedShape shape, Random random)
    {
        var memberGrassroots = nodes.Where(n => n.Kind == UnitKind.Grassroots && n.HasMembers).ToArray();
        foreach (var node in memberGrassroots)
        {
            node.Members = random.Next(12, 46);
        }

        var cells = nodes.Where(n => n.Kind == UnitKind.Cell).ToArray();
        var raw = new double[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var u = random.NextDouble();
            raw[i] = UnitNames.IsResidential(nodes[cells[i].Parent].Setting) ? 15 + 70 * u * u : 4 + 30 * u * u;
        }

        var scale = (shape.Members - memberGrassroots.Sum(n => n.Members)) / raw.Sum();
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].Members = Math.Max(SeedShape.MinMembersPerUnit, (int)Math.Round(raw[i] * scale));
        }
    }

    private static bool[] PickMemberGrassroots(SeedShape shape, Random random)
    {
        var order = Enumerable.Range(0, shape.Grassroots).ToArray();
        for (var i = 0; i < shape.MemberGrassroots; i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var hasMembers = new bool[shape.Grassroots];
        foreach (var g in order.Take(shape.MemberGrassroots))
        {
            hasMembers[g] = true;
        }

        return hasMembers;
    }

    /// <summary>Hanoi before 2025: 12 urban districts, 1 town, 17 rural districts and the rest sector blocs.</summary>
    private static UnitSetting[] UpperSettings(int count)
    {
        var urban = (int)Math.Round(count * 12m / 50m);
        var town = (int)Math.Round(count * 1m / 50m);
        var rural = (int)Math.Round(count * 17m / 50m);
        return
        [
            .. Enumerable.Repeat(UnitSetting.UrbanDistrict, urban),
            .. Enumerable.Repeat(UnitSetting.Town, town),
            .. Enumerable.Repeat(UnitSetting.RuralDistrict, rural),
            .. Enumerable.Repeat(UnitSetting.Bloc, count - urban - town - rural),
        ];
    }

    private static double UpperWeight(UnitSetting setting) => setting switch
    {
        UnitSetting.UrbanDistrict => 1.4,
        UnitSetting.RuralDistrict => 1.1,
        UnitSetting.Town => 1.0,
        _ => 0.6,
    };

    private static double CellWeight(UnitSetting setting) => setting switch
    {
        UnitSetting.Ward or UnitSetting.Commune or UnitSetting.Township => 1.6,
        UnitSetting.Company or UnitSetting.Hospital => 0.9,
        UnitSetting.Agency => 0.7,
        _ => 0.5,
    };

    private static (UnitSetting Setting, double Weight)[] Mix(UnitSetting upper) => upper switch
    {
        UnitSetting.UrbanDistrict => UrbanMix,
        UnitSetting.Town => TownMix,
        UnitSetting.RuralDistrict => RuralMix,
        _ => BlocMix,
    };

    private static UnitSetting Pick((UnitSetting Setting, double Weight)[] mix, double u)
    {
        foreach (var (setting, weight) in mix)
        {
            if (u < weight)
            {
                return setting;
            }

            u -= weight;
        }

        return mix[^1].Setting;
    }

    private static string Number(int value, int digits) =>
        value.ToString(new string('0', digits), CultureInfo.InvariantCulture);
}
