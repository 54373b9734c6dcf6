using Scoring.GrainInterfaces;
using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

public sealed class YearImporterTests
{
    [Fact]
    public void A_valid_year_of_three_files_imports_every_record()
    {
        var assessments = Csv(ScoreHeader,
            "HN,false,92,28,64,20,20,7,0,0,false,0,false,100",
            "BD,,75,,,12,10,0,2,0,false,1,false,80",
            "PX,true,,,,,,,,,,,,");

        var import = AssertImported(Read(2025, Units, assessments, Members));

        Assert.Equal(2025, import.Year);
        Assert.Equal(
            [
                new UnitRecord(new UnitId("HN"), null, UnitKind.City, "Hà Nội"),
                new UnitRecord(new UnitId("BD"), new UnitId("HN"), UnitKind.Upper, "Ba Đình"),
                new UnitRecord(new UnitId("PX"), new UnitId("BD"), UnitKind.Grassroots, "Phúc Xá"),
                new UnitRecord(new UnitId("PX-1"), new UnitId("PX"), UnitKind.Cell, "Chi bộ 1"),
                new UnitRecord(new UnitId("PX-2"), new UnitId("PX"), UnitKind.Cell, "Chi bộ 2"),
            ],
            import.Units);
        Assert.Equal(
            new Assessment
            {
                Score = 92m,
                CommonScore = 28m,
                TaskScore = 64m,
                TasksTotal = 20,
                TasksOnTime = 20,
                TasksExceeded = 7,
                TasksLate = 0,
                TasksUnfinished = 0,
                LeadershipDisciplined = false,
                AffiliatesDisciplined = 0,
                Disunity = false,
                TargetsMetPercent = 100m,
            },
            import.Assessments[new UnitId("HN")]);
        Assert.Equal(
            new Assessment
            {
                Score = 75m,
                TasksTotal = 12,
                TasksOnTime = 10,
                TasksExceeded = 0,
                TasksLate = 2,
                TasksUnfinished = 0,
                LeadershipDisciplined = false,
                AffiliatesDisciplined = 1,
                Disunity = false,
                TargetsMetPercent = 80m,
            },
            import.Assessments[new UnitId("BD")]);
        Assert.True(import.Assessments[new UnitId("PX")].NotRated);
        Assert.Equal(3, import.Assessments.Count);
        Assert.Equal(new MemberTally(3, 10, 5, 1, 2, 1), import.Members[new UnitId("PX-1")]);
        Assert.Equal(new MemberTally(0, 8, 4, 0, 0, 0), import.Members[new UnitId("PX-2")]);
        Assert.Equal(2, import.Members.Count);
    }

    [Fact]
    public void Errors_from_every_file_are_all_reported_file_by_file_and_nothing_is_imported()
    {
        var result = Read(
            2025,
            UnitsWith("PX-3,NOPE,cell,Lost"),
            Csv(ScoreHeader, "ZZ,false,85,25,60,10,10,3,0,0,false,0,false,90"),
            Csv(MembersHeader, "PX-1,3,10,5,1,2,1", "PX-2,-1,8,4,0,0,0"));

        Assert.Null(result.Import);
        Assert.Equal(
            [
                "units.csv:7: parent_id: no unit 'NOPE' in units.csv",
                "assessments.csv:2: unit_id: no unit 'ZZ' in units.csv",
                "members.csv:3: htxsnv: -1 is negative; a count is at least 0",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Errors_beyond_a_thousand_are_summed_up_in_one_last_error()
    {
        var rows = Enumerable.Range(0, 1100).Select(i => $"ZZ-{i},1,1,1,0,0,0");

        var result = ReadMembers([.. rows]);

        Assert.Null(result.Import);
        Assert.Equal(1001, result.Errors.Count);
        Assert.Equal(new ImportError("members.csv", 1001, "unit_id", "no unit 'ZZ-999' in units.csv"), result.Errors[999]);
        Assert.Equal("members.csv: 100 more errors were left out (the first of them at line 1002)", result.Errors[^1].ToString());
    }

    [Fact]
    public void A_year_without_a_rule_set_is_refused_naming_the_year() =>
        AssertOnlyError(Read(2013, Units), "units.csv", 0, null, "the year 2013 has no rule set: it is before 2014");

    [Fact]
    public void An_error_about_a_whole_row_or_file_leaves_out_the_column_and_line()
    {
        Assert.Equal("units.csv:7: the row has 3 fields", new ImportError("units.csv", 7, null, "the row has 3 fields").ToString());
        Assert.Equal("units.csv: no unit is the root", new ImportError("units.csv", 0, null, "no unit is the root").ToString());
    }
}
