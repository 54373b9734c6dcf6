namespace Scoring.Gateway.Tests;

/// <summary>
/// A small 2016 year (regime R2014: a score, disunity and corruption_disciplined), with the levels it must give:
/// <code>
/// HN        city        92 → TSVM    child Q1 HTTNV
///   Q1      upper       85 → HTTNV   G1 TSVM, G2 HTTNV, G3 YK: exactly 1/3 YK, no cap
///     G1    grassroots  95 → TSVM    C1 TSVM, C2 YK, C3 HTNV, C4 not rated: 1 of 3 rated YK, exactly 1/3
///       C1  cell        90 → TSVM    members 2/10/1/0
///       C2  cell        80 → YK      a member disciplined for corruption
///       C3  cell        55 → HTNV
///       C4  cell        not rated
///     G2    grassroots  75 → HTTNV   a chi bộ cơ sở: 3 of 6 rated members KHTNV, exactly 1/2
///     G3    grassroots  70 → YK      a chi bộ cơ sở: 2 of 3 rated members KHTNV, more than 1/2
/// </code>
/// </summary>
internal static class TsvmSampleYear
{
    public const int Year = 2016;

    public static IReadOnlyList<string> Units { get; } =
    [
        "id,parent_id,kind,name",
        "HN,,city,Hà Nội",
        "Q1,HN,upper,Quận 1",
        "G1,Q1,grassroots,Phường A",
        "C1,G1,cell,Chi bộ 1",
        "C2,G1,cell,Chi bộ 2",
        "C3,G1,cell,Chi bộ 3",
        "C4,G1,cell,Chi bộ 4",
        "G2,Q1,grassroots,Chi bộ cơ sở B",
        "G3,Q1,grassroots,Chi bộ cơ sở C",
    ];

    public static IReadOnlyList<string> Assessments { get; } =
    [
        "unit_id,not_rated,score,disunity,corruption_disciplined",
        "HN,false,92,false,false",
        "Q1,false,85,false,false",
        "G1,false,95,false,false",
        "C1,false,90,false,false",
        "C2,false,80,false,true",
        "C3,false,55,false,false",
        "C4,true,,,",
        "G2,false,75,false,false",
        "G3,false,70,false,false",
    ];

    public static IReadOnlyList<string> Members { get; } =
    [
        "unit_id,htxsnv,httnv,htnv,khtnv,not_rated,disciplined",
        "C1,2,10,1,0,1,0",
        "C2,0,8,1,1,0,1",
        "C3,0,3,1,0,0,0",
        "C4,0,2,0,0,2,0",
        "G2,1,2,0,3,1,1",
        "G3,0,1,0,2,0,0",
    ];

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
