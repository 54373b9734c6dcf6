namespace Scoring.Seeds;

/// <summary>
/// The provinces of the national tree (DOMAIN.md §1): 63 before July 2025, 34 from 2025 when provinces were merged
/// and the district level abolished. Sizes are rough relative figures, scaled so the nation has about 54,000
/// grassroots organizations, 290,000 cells and 5.5 million members; Hanoi keeps the city-scale shape and stays the
/// largest.
/// </summary>
internal static class NationalMap
{
    /// <summary>The first rating year in the reorganized tree: 34 provinces, grassroots directly under them.</summary>
    public const int ReorganizedFrom = 2025;

    private const int Grassroots = 54_000;
    private const int Cells = 290_000;
    private const int Members = 5_500_000;

    /// <summary>The share of grassroots organizations that are chi bộ cơ sở, members with no cells (Hanoi: 231 of 2,310).</summary>
    private const double MemberGrassrootsShare = 0.1;

    private static readonly Province[] All =
    [
        new("HN", "Hà Nội", true, 450, 30, ProvinceProfile.Capital),
        new("HCM", "Hồ Chí Minh", true, 260, 22, ProvinceProfile.Metro),
        new("HP", "Hải Phòng", true, 130, 15, ProvinceProfile.Metro),
        new("DNG", "Đà Nẵng", true, 60, 8, ProvinceProfile.Metro),
        new("CT", "Cần Thơ", true, 55, 9, ProvinceProfile.Metro),
        new("HG", "Hà Giang", false, 50, 11, ProvinceProfile.Mountain),
        new("CB", "Cao Bằng", false, 40, 10, ProvinceProfile.Mountain),
        new("BK", "Bắc Kạn", false, 25, 8, ProvinceProfile.Mountain),
        new("TQ", "Tuyên Quang", false, 55, 7, ProvinceProfile.Mountain),
        new("LCA", "Lào Cai", false, 45, 9, ProvinceProfile.Mountain),
        new("DB", "Điện Biên", false, 40, 10, ProvinceProfile.Mountain),
        new("LCH", "Lai Châu", false, 25, 8, ProvinceProfile.Mountain),
        new("SL", "Sơn La", false, 70, 12, ProvinceProfile.Mountain),
        new("YB", "Yên Bái", false, 50, 9, ProvinceProfile.Mountain),
        new("HB", "Hòa Bình", false, 60, 10, ProvinceProfile.Mountain),
        new("TN", "Thái Nguyên", false, 95, 9, ProvinceProfile.Delta),
        new("LS", "Lạng Sơn", false, 55, 11, ProvinceProfile.Mountain),
        new("QN", "Quảng Ninh", false, 110, 13, ProvinceProfile.Industrial),
        new("BG", "Bắc Giang", false, 90, 10, ProvinceProfile.Delta),
        new("PT", "Phú Thọ", false, 110, 13, ProvinceProfile.Delta),
        new("VP", "Vĩnh Phúc", false, 70, 9, ProvinceProfile.Industrial),
        new("BN", "Bắc Ninh", false, 70, 8, ProvinceProfile.Industrial),
        new("HD", "Hải Dương", false, 110, 12, ProvinceProfile.Industrial),
        new("HY", "Hưng Yên", false, 75, 10, ProvinceProfile.Delta),
        new("TB", "Thái Bình", false, 120, 8, ProvinceProfile.Delta),
        new("HNA", "Hà Nam", false, 45, 6, ProvinceProfile.Delta),
        new("ND", "Nam Định", false, 110, 10, ProvinceProfile.Delta),
        new("NB", "Ninh Bình", false, 65, 8, ProvinceProfile.Delta),
        new("TH", "Thanh Hóa", false, 220, 26, ProvinceProfile.Delta),
        new("NA", "Nghệ An", false, 210, 21, ProvinceProfile.Delta),
        new("HT", "Hà Tĩnh", false, 100, 13, ProvinceProfile.Delta),
        new("QB", "Quảng Bình", false, 65, 8, ProvinceProfile.Delta),
        new("QT", "Quảng Trị", false, 45, 10, ProvinceProfile.Delta),
        new("HUE", "Thừa Thiên Huế", false, 60, 9, ProvinceProfile.Delta),
        new("QNA", "Quảng Nam", false, 75, 18, ProvinceProfile.Delta),
        new("QNG", "Quảng Ngãi", false, 60, 13, ProvinceProfile.Delta),
        new("BDI", "Bình Định", false, 70, 11, ProvinceProfile.Delta),
        new("PY", "Phú Yên", false, 40, 9, ProvinceProfile.Delta),
        new("KH", "Khánh Hòa", false, 50, 9, ProvinceProfile.Delta),
        new("NT", "Ninh Thuận", false, 25, 7, ProvinceProfile.Delta),
        new("BTH", "Bình Thuận", false, 45, 10, ProvinceProfile.Delta),
        new("KT", "Kon Tum", false, 30, 10, ProvinceProfile.Mountain),
        new("GL", "Gia Lai", false, 70, 17, ProvinceProfile.Mountain),
        new("DL", "Đắk Lắk", false, 75, 15, ProvinceProfile.Mountain),
        new("DNO", "Đắk Nông", false, 30, 8, ProvinceProfile.Mountain),
        new("LD", "Lâm Đồng", false, 60, 12, ProvinceProfile.Mountain),
        new("BP", "Bình Phước", false, 40, 11, ProvinceProfile.Delta),
        new("TNI", "Tây Ninh", false, 40, 9, ProvinceProfile.Delta),
        new("BDG", "Bình Dương", false, 65, 9, ProvinceProfile.Industrial),
        new("DNA", "Đồng Nai", false, 85, 11, ProvinceProfile.Industrial),
        new("BRVT", "Bà Rịa - Vũng Tàu", false, 50, 8, ProvinceProfile.Industrial),
        new("LA", "Long An", false, 65, 15, ProvinceProfile.Delta),
        new("TG", "Tiền Giang", false, 65, 11, ProvinceProfile.Delta),
        new("BT", "Bến Tre", false, 60, 9, ProvinceProfile.Delta),
        new("TV", "Trà Vinh", false, 45, 9, ProvinceProfile.Delta),
        new("VL", "Vĩnh Long", false, 45, 8, ProvinceProfile.Delta),
        new("DT", "Đồng Tháp", false, 65, 12, ProvinceProfile.Delta),
        new("AG", "An Giang", false, 65, 11, ProvinceProfile.Delta),
        new("KG", "Kiên Giang", false, 60, 15, ProvinceProfile.Delta),
        new("HGI", "Hậu Giang", false, 30, 8, ProvinceProfile.Delta),
        new("ST", "Sóc Trăng", false, 45, 11, ProvinceProfile.Delta),
        new("BL", "Bạc Liêu", false, 30, 7, ProvinceProfile.Delta),
        new("CM", "Cà Mau", false, 45, 9, ProvinceProfile.Delta),
    ];

    /// <summary>The 34 provinces from 2025: each merged one is named after, and keeps the code of, its first member.</summary>
    private static readonly (string Name, bool IsCity, string[] Codes)[] Merged =
    [
        ("Hà Nội", true, ["HN"]),
        ("Huế", true, ["HUE"]),
        ("Lai Châu", false, ["LCH"]),
        ("Điện Biên", false, ["DB"]),
        ("Sơn La", false, ["SL"]),
        ("Lạng Sơn", false, ["LS"]),
        ("Quảng Ninh", false, ["QN"]),
        ("Thanh Hóa", false, ["TH"]),
        ("Nghệ An", false, ["NA"]),
        ("Hà Tĩnh", false, ["HT"]),
        ("Cao Bằng", false, ["CB"]),
        ("Tuyên Quang", false, ["TQ", "HG"]),
        ("Lào Cai", false, ["LCA", "YB"]),
        ("Thái Nguyên", false, ["TN", "BK"]),
        ("Phú Thọ", false, ["PT", "VP", "HB"]),
        ("Bắc Ninh", false, ["BN", "BG"]),
        ("Hưng Yên", false, ["HY", "TB"]),
        ("Hải Phòng", true, ["HP", "HD"]),
        ("Ninh Bình", false, ["NB", "HNA", "ND"]),
        ("Quảng Trị", false, ["QT", "QB"]),
        ("Đà Nẵng", true, ["DNG", "QNA"]),
        ("Quảng Ngãi", false, ["QNG", "KT"]),
        ("Gia Lai", false, ["GL", "BDI"]),
        ("Khánh Hòa", false, ["KH", "NT"]),
        ("Lâm Đồng", false, ["LD", "DNO", "BTH"]),
        ("Đắk Lắk", false, ["DL", "PY"]),
        ("Hồ Chí Minh", true, ["HCM", "BDG", "BRVT"]),
        ("Đồng Nai", false, ["DNA", "BP"]),
        ("Tây Ninh", false, ["TNI", "LA"]),
        ("Cần Thơ", true, ["CT", "ST", "HGI"]),
        ("Vĩnh Long", false, ["VL", "BT", "TV"]),
        ("Đồng Tháp", false, ["DT", "TG"]),
        ("Cà Mau", false, ["CM", "BL"]),
        ("An Giang", false, ["AG", "KG"]),
    ];

    /// <summary>The provinces of <paramref name="year"/>'s tree, in the order they are written.</summary>
    public static IReadOnlyList<ProvinceGroup> Provinces(int year)
    {
        if (year < ReorganizedFrom)
        {
            return All.Select(p => new ProvinceGroup(p.Code, p.PartyName, [p])).ToArray();
        }

        var byCode = All.ToDictionary(p => p.Code);
        return Merged
            .Select(m => new ProvinceGroup(
                m.Codes[0],
                Province.PartyNameOf(m.Name, m.IsCity),
                m.Codes.Select(code => byCode[code]).ToArray()))
            .ToArray();
    }

    /// <summary>The position of <paramref name="province"/> among the 63: what its random stream is seeded with.</summary>
    public static int NumberOf(Province province) => Array.IndexOf(All, province);

    /// <summary>
    /// The shape of every province: Hanoi the city-scale one; the others by their rough size and profile, scaled so
    /// the nation adds up to about <see cref="Grassroots"/>, <see cref="Cells"/> and <see cref="Members"/>.
    /// </summary>
    public static SeedShape ShapeOf(Province province)
    {
        var capital = SeedShape.Of(SeedScale.City);
        if (province.Profile == ProvinceProfile.Capital)
        {
            return capital;
        }

        var others = All.Where(p => p.Profile != ProvinceProfile.Capital).ToArray();
        var memberScale = (Members - capital.Members) / (1_000.0 * others.Sum(p => p.Members));
        var grassrootsScale = (Grassroots - capital.Grassroots) / others.Sum(RawGrassroots);
        var cellScale = (Cells - capital.Cells) / others.Sum(p => RawGrassroots(p) * CellsPerGrassroots(p.Profile));

        var grassroots = (int)Math.Round(RawGrassroots(province) * grassrootsScale);
        var memberGrassroots = (int)Math.Round(grassroots * MemberGrassrootsShare);
        var cells = (int)Math.Round(RawGrassroots(province) * CellsPerGrassroots(province.Profile) * cellScale);
        var members = (int)Math.Round(province.Members * 1_000 * memberScale);
        return new SeedShape(province.Districts + Blocs(province.Profile), grassroots, memberGrassroots, cells, members);
    }

    /// <summary>Sector blocs (đảng bộ khối) beside the districts.</summary>
    public static int Blocs(ProvinceProfile profile) => profile == ProvinceProfile.Metro ? 6 : 2;

    private static double RawGrassroots(Province province) => province.Members * province.Profile switch
    {
        ProvinceProfile.Metro => 4.5,
        ProvinceProfile.Industrial => 6.0,
        ProvinceProfile.Delta => 10.0,
        _ => 13.0,
    };

    private static double CellsPerGrassroots(ProvinceProfile profile) => profile switch
    {
        ProvinceProfile.Metro => 7.0,
        ProvinceProfile.Industrial => 6.5,
        ProvinceProfile.Delta => 6.0,
        _ => 5.0,
    };
}
