namespace Scoring.Gateway.Tests;

/// <summary>
/// A small 2024 year (regime R2023, criteria grades) written as the three CSV files of DOMAIN.md §8. The levels it
/// should produce, worked out by hand with the HD 21 caps (more than 20% KHTNV → KHTNV; HTXSNV needs 100% HTNV+ and
/// 80% HTTNV+; HTTNV needs 100% HTNV+ and 50% HTTNV+; shares over rated children only):
/// <code>
/// HN        city        T,T,T,T   → HTTNV    children Q1 HTTNV, Q2 HTTNV: 2 of 2 HTTNV+, no cap
///   Q1      upper       T,T,T,T   → HTTNV    children HTXSNV, HTNV (Q1-P3 not rated): 1 of 2 = 50% HTTNV+, no cap
///     Q1-P1 grassroots  T,T,XS,T  → HTXSNV   cells HTTNV, HTXSNV: 2 of 2 HTTNV+, no cap
///       Q1-P1-C1 cell   T,T,T,T   → HTTNV    members 2/6/2/0: 10 of 10 HTNV+, 8 of 10 HTTNV+
///       Q1-P1-C2 cell   XS×4      → HTXSNV   members 3/5/0/0: 8 of 8 HTTNV+
///     Q1-P2 grassroots  T,T,T,T   → HTNV     a chi bộ cơ sở: members 1/10/3/1, 14 of 15 HTNV+ &lt; 100%: capped
///     Q1-P3 grassroots  not rated → NOT_RATED
///   Q2      upper       T,T,T,T   → HTTNV    child Q2-P1 HTXSNV
///     Q2-P1 grassroots  XS,T,XS,T → HTXSNV   cells HTTNV and PENDING: 1 of 1 rated HTTNV+
///       Q2-P1-C1 cell   T,TB,T,TB → HTTNV    members 0/4/1/0: 5 of 5 HTNV+, 4 of 5 HTTNV+
///       Q2-P1-C2 cell   (none)    → PENDING  members 0/3/0/0 still count in the member totals
/// </code>
/// </summary>
internal static class SampleYear
{
    public const int Year = 2024;

    public const string AssessmentsHeader =
        "unit_id,not_rated,politics,organization,tasks,oversight,leadership_disciplined,affiliates_disciplined,disunity," +
        "targets_met_percent";

    public static IReadOnlyList<string> Units { get; } =
    [
        "id,parent_id,kind,name",
        "HN,,city,Hà Nội",
        "Q1,HN,upper,Quận 1",
        "Q2,HN,upper,Quận 2",
        "Q1-P1,Q1,grassroots,Đảng bộ phường 1",
        "Q1-P2,Q1,grassroots,Chi bộ cơ sở Công ty A",
        "Q1-P3,Q1,grassroots,Đảng bộ phường 3",
        "Q1-P1-C1,Q1-P1,cell,Chi bộ tổ dân phố 1",
        "Q1-P1-C2,Q1-P1,cell,Chi bộ tổ dân phố 2",
        "Q2-P1,Q2,grassroots,Đảng bộ phường Đông",
        "Q2-P1-C1,Q2-P1,cell,Chi bộ khu 1",
        "Q2-P1-C2,Q2-P1,cell,Chi bộ khu 2",
    ];

    /// <summary>Every unit but Q2-P1-C2, which has no assessment and stays PENDING.</summary>
    public static IReadOnlyList<string> Assessments { get; } =
    [
        AssessmentsHeader,
        "HN,false,T,T,T,T,false,0,false,90",
        "Q1,false,T,T,T,T,false,0,false,90",
        "Q2,false,T,T,T,T,false,0,false,90",
        "Q1-P1,false,T,T,XS,T,false,0,false,100",
        "Q1-P2,false,T,T,T,T,false,0,false,85",
        "Q1-P3,true,,,,,,,,",
        "Q1-P1-C1,false,T,T,T,T,false,0,false,80",
        "Q1-P1-C2,false,XS,XS,XS,XS,false,0,false,100",
        "Q2-P1,false,XS,T,XS,T,false,0,false,95",
        "Q2-P1-C1,false,T,TB,T,TB,false,0,false,70",
    ];

    /// <summary>Member tallies of the units that have members directly: the cells and the chi bộ cơ sở Q1-P2.</summary>
    public static IReadOnlyList<string> Members { get; } =
    [
        "unit_id,htxsnv,httnv,htnv,khtnv,not_rated,disciplined",
        "Q1-P1-C1,2,6,2,0,1,0",
        "Q1-P1-C2,3,5,0,0,0,0",
        "Q1-P2,1,10,3,1,2,1",
        "Q2-P1-C1,0,4,1,0,0,0",
        "Q2-P1-C2,0,3,0,0,0,0",
    ];

    /// <summary>Writes units.csv, assessments.csv and members.csv into a new folder and returns it.</summary>
    public static string Write(string folder, IReadOnlyList<string> assessments) => Write(folder, Units, assessments, Members);

    /// <summary>Writes the three files of another tree into a new folder and returns it.</summary>
    public static string Write(string folder, IReadOnlyList<string> units, IReadOnlyList<string> assessments, IReadOnlyList<string> members)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "units.csv"), Csv(units));
        File.WriteAllText(Path.Combine(folder, "assessments.csv"), Csv(assessments));
        File.WriteAllText(Path.Combine(folder, "members.csv"), Csv(members));
        return folder;
    }

    /// <summary>The sample assessments with one unit's row replaced.</summary>
    public static IReadOnlyList<string> AssessmentsWith(string unit, string row) =>
        [.. Assessments.Select(line => line.StartsWith(unit + ",", StringComparison.Ordinal) ? row : line)];

    /// <summary>A unit's assessment row as the body of a correction: the same columns, without unit_id.</summary>
    public static Dictionary<string, object?> AssessmentBody(string unit) => Body(Assessments, unit);

    /// <summary>A unit's member row as the body of a correction (all zeros for a unit the sample gives none).</summary>
    public static Dictionary<string, object?> MembersBody(string unit) => Body(Members, unit);

    private static Dictionary<string, object?> Body(IReadOnlyList<string> rows, string unit)
    {
        var columns = rows[0].Split(',')[1..];
        var row = rows.Skip(1).FirstOrDefault(line => line.StartsWith(unit + ",", StringComparison.Ordinal))?.Split(',')[1..]
            ?? [.. columns.Select(_ => "0")];
        return columns.Zip(row).ToDictionary(
            pair => pair.First,
            pair => pair.Second switch
            {
                "" => null,
                "true" or "false" => bool.Parse(pair.Second),
                var text when int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
                var text => (object?)text,
            });
    }

    private static string Csv(IEnumerable<string> lines) => string.Join("\n", lines) + "\n";
}
