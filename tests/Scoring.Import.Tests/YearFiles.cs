namespace Scoring.Import.Tests;

/// <summary>CSV text built inline, and a small valid year to change one thing in.</summary>
internal static class YearFiles
{
    public const string UnitsHeader = "id,parent_id,kind,name";

    public const string MembersHeader = "unit_id,htxsnv,httnv,htnv,khtnv,not_rated,disciplined";

    public const string ScoreHeader =
        "unit_id,not_rated,score,common_score,task_score,tasks_total,tasks_on_time,tasks_exceeded,tasks_late," +
        "tasks_unfinished,leadership_disciplined,affiliates_disciplined,disunity,targets_met_percent";

    public const string TsvmHeader = "unit_id,not_rated,score,disunity,corruption_disciplined";

    public const string GradeHeader =
        "unit_id,not_rated,politics,organization,tasks,oversight,leadership_disciplined,affiliates_disciplined,disunity," +
        "targets_met_percent";

    /// <summary>A city, a district, a ward and its two cells, on lines 2 to 6.</summary>
    public static string Units { get; } = Csv(
        UnitsHeader,
        "HN,,city,Hà Nội",
        "BD,HN,upper,Ba Đình",
        "PX,BD,grassroots,Phúc Xá",
        "PX-1,PX,cell,Chi bộ 1",
        "PX-2,PX,cell,Chi bộ 2");

    public static string Members { get; } = Csv(
        MembersHeader,
        "PX-1,3,10,5,1,2,1",
        "PX-2,0,8,4,0,0,0");

    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>The valid units with more rows after them; the first added row is on line 7.</summary>
    public static string UnitsWith(params string[] rows) => Units + string.Join("\n", rows) + "\n";

    public const string DecisionsHeader = "unit_id,level,note,exemplary";

    public const string TargetsHeader = "program,code,applies_to,indicator,comparator,value,from_year,to_year";

    public static ImportResult Read(
        int year, string units, string? assessments = null, string? members = null, string? decisions = null, string? targets = null) =>
        YearImporter.Read(
            year,
            new StringReader(units),
            assessments is null ? null : new StringReader(assessments),
            members is null ? null : new StringReader(members),
            decisions is null ? null : new StringReader(decisions),
            targets is null ? null : new StringReader(targets));

    /// <summary>Reads the valid units with a decisions.csv made of the header and the given rows.</summary>
    public static ImportResult ReadDecisions(params string[] rows) => Read(2024, Units, decisions: Csv([DecisionsHeader, .. rows]));

    /// <summary>Reads the valid units of 2020 with a targets.csv made of the header and the given rows.</summary>
    public static ImportResult ReadTargets(params string[] rows) => Read(2020, Units, targets: Csv([TargetsHeader, .. rows]));

    /// <summary>Reads the valid units with an R2025 assessments.csv made of the header and the given rows.</summary>
    public static ImportResult ReadScores(params string[] rows) => Read(2025, Units, Csv([ScoreHeader, .. rows]));

    /// <summary>Reads the valid units with an R2014 (2016) assessments.csv made of the header and the given rows.</summary>
    public static ImportResult ReadTsvm(params string[] rows) => Read(2016, Units, Csv([TsvmHeader, .. rows]));

    /// <summary>Reads the valid units with an R2019 assessments.csv made of the header and the given rows.</summary>
    public static ImportResult ReadGrades(params string[] rows) => Read(2019, Units, Csv([GradeHeader, .. rows]));

    /// <summary>Reads the valid units with a members.csv made of the header and the given rows.</summary>
    public static ImportResult ReadMembers(params string[] rows) => Read(2025, Units, null, Csv([MembersHeader, .. rows]));

    /// <summary>Asserts that nothing was imported and that the only error is the expected one.</summary>
    public static ImportError AssertOnlyError(ImportResult result, string file, int line, string? column, string reasonPart)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Import);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(reasonPart, error.Reason, StringComparison.Ordinal);
        return error;
    }

    public static YearImport AssertImported(ImportResult result)
    {
        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        return Assert.IsType<YearImport>(result.Import);
    }
}
