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

    internal SeedTree(IReadOnlyList<SeedNode> nodes) => Nodes = nodes;

    public IReadOnlyList<SeedNode> Nodes { get; }

    /// <summary>
    /// Which trees differ between years: every tree changes in 2025, when districts were abolished (and the nation's
    /// provinces merged).
    /// </summary>
    public static int EraOf(int year) => year >= NationalMap.ReorganizedFrom ? 1 : 0;

    public static SeedTree Build(int seed, SeedScale scale, int year)
    {
        var nodes = new List<SeedNode>();
        if (scale != SeedScale.National)
        {
            var shape = SeedShape.Of(scale);
            AddCommittee(nodes, new Committee("HN", "HN", UnitNames.City, shape, UpperSettings(shape.Uppers), Partials: false),
                parent: -1, mergedInto: null, districts: true, new Random(seed));
            var withDistricts = new SeedTree(nodes);
            return EraOf(year) == 0 ? withDistricts : CityReorganization.Apply(withDistricts, ReorganizedShape.Of(scale), seed);
        }

        var nation = Add(nodes, "VN", -1, UnitKind.Nation, UnitSetting.Nation, UnitNames.Nation, new Random(seed));
        var districts = year < NationalMap.ReorganizedFrom;
        foreach (var group in NationalMap.Provinces(year))
        {
            int? merged = null;
            foreach (var province in group.Members)
            {
                // Each province draws from its own stream, so its organizations keep their ids, names and standing
                // when it is merged into another.
                var random = new Random(unchecked(seed ^ ((NationalMap.NumberOf(province) + 1) * 374_761_393)));
                var shape = NationalMap.ShapeOf(province);
                var committee = new Committee(
                    group.Code, province.Code, group.PartyName, shape, UpperSettings(province, shape.Uppers),
                    Partials: province.Profile is ProvinceProfile.Metro or ProvinceProfile.Industrial);
                merged = AddCommittee(nodes, committee, nation.Index, merged, districts, random);
            }
        }

        return new SeedTree(nodes);
    }

    /// <summary>
    /// Adds a city (or province) and everything below it, returning the city's index. A province merged into
    /// another (<paramref name="mergedInto"/>) adds its organizations under that one; without
    /// <paramref name="districts"/> its grassroots organizations sit directly under the city. Every draw is made
    /// either way, so a unit's draws do not depend on the year's tree.
    /// </summary>
    private static int AddCommittee(
        List<SeedNode> nodes, Committee committee, int parent, int? mergedInto, bool districts, Random random)
    {
        var shape = committee.Shape;
        var upperSettings = committee.UpperSettings;
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

        var firstNode = nodes.Count;
        var city = mergedInto ?? Add(nodes, committee.Id, parent, UnitKind.City, UnitSetting.City, committee.Name, random).Index;
        if (mergedInto is not null)
        {
            random.NextDouble();
        }

        var grassroots = 0;
        var upperNumbers = new int[Enum.GetValues<UnitSetting>().Length];
        for (var u = 0; u < shape.Uppers; u++)
        {
            var upperId = $"{committee.OwnCode}-Q{Number(u + 1, 2)}";
            var upperName = UnitNames.Of(upperSettings[u], ++upperNumbers[(int)upperSettings[u]]);
            var upper = districts
                ? Add(nodes, upperId, city, UnitKind.Upper, upperSettings[u], upperName, random).Index
                : Skip(city, random);
            var grassrootsNumbers = new int[upperNumbers.Length];
            for (var g = 1; g <= grassrootsPerUpper[u]; g++, grassroots++)
            {
                var setting = grassrootsSettings[grassroots];
                var grassrootsId = $"{upperId}-G{Number(g, 4)}";
                var organization = Add(nodes, grassrootsId, upper, UnitKind.Grassroots, setting,
                    UnitNames.Of(setting, ++grassrootsNumbers[(int)setting]), random);
                AddCells(nodes, organization, cellsPerGrassroots[grassroots], committee.Partials, random);
            }
        }

        AssignMembers(nodes, firstNode, shape, random);
        return city;
    }

    /// <summary>Draws what adding a unit would draw, and hands its place to <paramref name="parent"/>.</summary>
    private static int Skip(int parent, Random random)
    {
        random.NextDouble();
        return parent;
    }

    /// <summary>
    /// The cells of a grassroots organization. In a province whose large bodies have departments, a company,
    /// agency or hospital with eight cells or more groups them, half the time, into đảng bộ bộ phận of about five.
    /// </summary>
    private static void AddCells(List<SeedNode> nodes, SeedNode organization, int cells, bool partials, Random random)
    {
        if (partials && cells >= 8
            && organization.Setting is UnitSetting.Company or UnitSetting.Agency or UnitSetting.Hospital
            && random.NextDouble() < 0.5)
        {
            var departments = cells / 5;
            for (var d = 1; d <= departments; d++)
            {
                var departmentId = $"{organization.Id}-P{Number(d, 2)}";
                var department = Add(nodes, departmentId, organization.Index, UnitKind.Partial, organization.Setting,
                    UnitNames.Department(organization.Setting, d), random);
                var own = cells / departments + (d <= cells % departments ? 1 : 0);
                for (var c = 1; c <= own; c++)
                {
                    Add(nodes, $"{departmentId}-C{Number(c, 2)}", department.Index, UnitKind.Cell, UnitSetting.Cell,
                        UnitNames.Cell(organization.Setting, c), random);
                }
            }

            return;
        }

        for (var c = 1; c <= cells; c++)
        {
            Add(nodes, $"{organization.Id}-C{Number(c, 2)}", organization.Index, UnitKind.Cell, UnitSetting.Cell,
                UnitNames.Cell(organization.Setting, c), random);
        }
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
    private static void AssignMembers(List<SeedNode> nodes, int firstNode, SeedShape shape, Random random)
    {
        var own = nodes.Skip(firstNode).ToArray();
        var memberGrassroots = own.Where(n => n.Kind == UnitKind.Grassroots && n.HasMembers).ToArray();
        foreach (var node in memberGrassroots)
        {
            node.Members = random.Next(12, 46);
        }

        var cells = own.Where(n => n.Kind == UnitKind.Cell).ToArray();
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

    /// <summary>A province's districts by its profile (the city, then towns, then rural districts), then its blocs.</summary>
    private static UnitSetting[] UpperSettings(Province province, int count)
    {
        if (province.Profile == ProvinceProfile.Capital)
        {
            return UpperSettings(count);
        }

        var districts = province.Districts;
        var urban = province.Profile == ProvinceProfile.Metro ? (districts + 1) / 2 : province.Profile == ProvinceProfile.Industrial ? 2 : 1;
        var town = province.Profile == ProvinceProfile.Mountain && districts < 9 ? 0 : 1;
        return
        [
            .. Enumerable.Repeat(UnitSetting.UrbanDistrict, urban),
            .. Enumerable.Repeat(UnitSetting.Town, town),
            .. Enumerable.Repeat(UnitSetting.RuralDistrict, districts - urban - town),
            .. Enumerable.Repeat(UnitSetting.Bloc, count - districts),
        ];
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
