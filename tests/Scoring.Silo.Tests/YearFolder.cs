namespace Scoring.Silo.Tests;

/// <summary>Writes a year's CSV files into a folder, the way an organization board hands them over.</summary>
internal static class YearFolder
{
    /// <summary>
    /// A 2024 (R2023) year: city HN → district Q1 → grassroots G1 with cells C1 and C2, and G2, a chi bộ cơ sở
    /// with members directly; C3 under G1 is not rated. Every rated unit has grades T/T/XS/T except C1 (T/T/T/T).
    /// </summary>
    public const string Units = """
        id,parent_id,kind,name
        HN,,city,Hà Nội
        Q1,HN,upper,Quận 1
        G1,Q1,grassroots,"Phường A, Quận 1"
        C1,G1,cell,Chi bộ 1
        C2,G1,cell,Chi bộ 2
        C3,G1,cell,Chi bộ 3
        G2,Q1,grassroots,Chi bộ cơ sở B
        """;

    public const string Assessments = """
        unit_id,not_rated,politics,organization,tasks,oversight,leadership_disciplined,affiliates_disciplined,disunity,targets_met_percent
        HN,false,T,T,XS,T,false,0,false,90
        Q1,false,T,T,XS,T,false,0,false,90
        G1,false,T,T,XS,T,false,0,false,90
        C1,false,T,T,T,T,false,0,false,90
        C2,false,T,T,XS,T,false,0,false,90
        C3,true,,,,,,,,
        G2,false,T,T,XS,T,false,0,false,80
        """;

    public const string Members = """
        unit_id,htxsnv,httnv,htnv,khtnv,not_rated,disciplined
        C1,2,10,1,0,1,0
        C2,3,12,0,0,0,0
        G2,1,20,2,1,0,1
        """;

    public static string Write(
        string root,
        string name,
        string units = Units,
        string? assessments = Assessments,
        string? members = Members,
        string? decisions = null,
        string? targets = null)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "units.csv"), units + "\n");
        if (assessments is not null)
        {
            File.WriteAllText(Path.Combine(folder, "assessments.csv"), assessments + "\n");
        }

        if (members is not null)
        {
            File.WriteAllText(Path.Combine(folder, "members.csv"), members + "\n");
        }

        if (decisions is not null)
        {
            File.WriteAllText(Path.Combine(folder, "decisions.csv"), decisions + "\n");
        }

        if (targets is not null)
        {
            File.WriteAllText(Path.Combine(folder, "targets.csv"), targets + "\n");
        }

        return folder;
    }
}
