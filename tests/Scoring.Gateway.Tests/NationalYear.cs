namespace Scoring.Gateway.Tests;

/// <summary>
/// A small national 2025 (regime R2025, scores out of 100) beside <see cref="SampleYear"/>'s 2024: the districts are
/// gone, Hà Nội's grassroots organizations sit directly under it, and the nation has four cities. The levels, worked
/// out with the R2025 thresholds and the children caps:
/// <code>
/// VN          nation      90            → KHTNV    1 of 3 rated cities KHTNV &gt; 20%
///   DN        city        70            → HTTNV    no children
///   HN        city        85            → HTTNV    children HTXSNV, HTTNV, HTTNV (HN-P3 not rated)
///     HN-P1   grassroots  95, 4 of 10 exceeded → HTXSNV   members 2/3/0/0
///     HN-P2   grassroots  75            → HTTNV    members 0/5/1/0
///     HN-P3   grassroots  not rated     → NOT_RATED
///     HN-P4   grassroots  75            → HTTNV
///   HP        city        85            → KHTNV    children HTNV, KHTNV: 1 of 2 KHTNV &gt; 20%
///     HP-P1   grassroots  60, 1 late    → HTNV
///     HP-P2   grassroots  40            → KHTNV
///   HUE       city        not rated     → NOT_RATED
///     HUE-P1  grassroots  60, 1 late    → HTNV
///     HUE-P2  grassroots  40            → KHTNV
/// </code>
/// The nation's children by score: DN 70, HN 85, HP 85, HUE none; by the HTTNV+ share of their grassroots
/// organizations: HN 1, HP 0, HUE 0, DN none; by KHTNV organizations below them: DN 0, HN 0, HP 1, HUE 1.
/// </summary>
internal static class NationalYear
{
    public const int Year = 2025;

    public static IReadOnlyList<string> Units { get; } =
    [
        "id,parent_id,kind,name",
        "VN,,nation,Việt Nam",
        "DN,VN,city,Đà Nẵng",
        "HN,VN,city,Hà Nội",
        "HN-P1,HN,grassroots,Đảng bộ phường Ba Đình",
        "HN-P2,HN,grassroots,Đảng bộ phường Hoàn Kiếm",
        "HN-P3,HN,grassroots,Đảng bộ phường Tây Hồ",
        "HN-P4,HN,grassroots,Đảng bộ phường Long Biên",
        "HP,VN,city,Hải Phòng",
        "HP-P1,HP,grassroots,Đảng bộ phường Hồng Bàng",
        "HP-P2,HP,grassroots,Đảng bộ phường Lê Chân",
        "HUE,VN,city,Huế",
        "HUE-P1,HUE,grassroots,Đảng bộ phường Thuận Hóa",
        "HUE-P2,HUE,grassroots,Đảng bộ phường Phú Xuân",
    ];

    public static IReadOnlyList<string> Assessments { get; } =
    [
        "unit_id,not_rated,score,tasks_total,tasks_on_time,tasks_exceeded,tasks_late,tasks_unfinished,leadership_disciplined," +
        "affiliates_disciplined,disunity,targets_met_percent",
        "VN,false,90,10,10,0,0,0,false,0,false,100",
        "DN,false,70,10,10,0,0,0,false,0,false,100",
        "HN,false,85,10,10,0,0,0,false,0,false,100",
        "HN-P1,false,95,10,10,4,0,0,false,0,false,100",
        "HN-P2,false,75,10,10,0,0,0,false,0,false,100",
        "HN-P3,true,,,,,,,,,,",
        "HN-P4,false,75,10,10,0,0,0,false,0,false,100",
        "HP,false,85,10,10,0,0,0,false,0,false,100",
        "HP-P1,false,60,10,9,0,1,0,false,0,false,100",
        "HP-P2,false,40,10,10,0,0,0,false,0,false,100",
        "HUE,true,,,,,,,,,,",
        "HUE-P1,false,60,10,9,0,1,0,false,0,false,100",
        "HUE-P2,false,40,10,10,0,0,0,false,0,false,100",
    ];

    public static IReadOnlyList<string> Members { get; } =
    [
        "unit_id,htxsnv,httnv,htnv,khtnv,not_rated,disciplined",
        "HN-P1,2,3,0,0,0,0",
        "HN-P2,0,5,1,0,0,0",
    ];

    /// <summary>Writes units.csv, assessments.csv and members.csv into a new folder and returns it.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "units.csv"), Csv(Units));
        File.WriteAllText(Path.Combine(folder, "assessments.csv"), Csv(Assessments));
        File.WriteAllText(Path.Combine(folder, "members.csv"), Csv(Members));
        return folder;
    }

    private static string Csv(IEnumerable<string> lines) => string.Join("\n", lines) + "\n";
}
