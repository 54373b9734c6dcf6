using Scoring.GrainInterfaces;
using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

public sealed class AssessmentsFileTests
{
    private const string ValidScoreRow = "PX,false,85,25,60,10,10,3,0,0,false,0,false,90";

    [Fact]
    public void An_assessment_for_a_unit_not_in_units_csv_is_reported() =>
        AssertOnlyError(ReadScores("ZZ,false,85,25,60,10,10,3,0,0,false,0,false,90"),
            "assessments.csv", 2, "unit_id", "no unit 'ZZ' in units.csv");

    [Fact]
    public void A_second_assessment_for_the_same_unit_is_reported_with_the_line_of_the_first() =>
        AssertOnlyError(ReadScores(ValidScoreRow, ValidScoreRow),
            "assessments.csv", 3, "unit_id", "a second row for unit 'PX'; the first is at line 2");

    [Fact]
    public void A_boolean_other_than_true_false_1_or_0_is_reported() =>
        AssertOnlyError(ReadScores("PX,false,85,25,60,10,10,3,0,0,false,0,yes,90"),
            "assessments.csv", 2, "disunity", "'yes' is not a boolean");

    [Fact]
    public void Booleans_may_be_written_as_1_and_0_in_any_case()
    {
        var import = AssertImported(ReadScores("PX,FALSE,85,25,60,10,10,3,0,0,1,0,False,90"));

        var assessment = import.Assessments[new UnitId("PX")];
        Assert.Equal((false, true, false), (assessment.NotRated, assessment.LeadershipDisciplined, assessment.Disunity));
    }

    [Fact]
    public void Numbers_use_a_decimal_point_and_a_decimal_comma_is_reported()
    {
        var import = AssertImported(ReadScores("PX,false,85.5,25.5,60,10,10,3,0,0,false,0,false,90.25"));
        var assessment = import.Assessments[new UnitId("PX")];
        Assert.Equal((85.5m, 25.5m, 90.25m), (assessment.Score, assessment.CommonScore, assessment.TargetsMetPercent));

        AssertOnlyError(ReadScores("PX,false,85,25,60,10,10,3,0,0,false,0,false,\"90,5\""),
            "assessments.csv", 2, "targets_met_percent", "'90,5' is not a number; write it with '.' as the decimal point");
    }

    [Fact]
    public void A_task_count_that_is_not_a_whole_number_is_reported() =>
        AssertOnlyError(ReadScores("PX,false,85,25,60,10.5,10,3,0,0,false,0,false,90"),
            "assessments.csv", 2, "tasks_total", "'10.5' is not a whole number");

    [Fact]
    public void A_grade_other_than_XS_T_TB_or_K_is_reported() =>
        AssertOnlyError(ReadGrades("PX,,A,T,XS,T,false,,false,80"), "assessments.csv", 2, "politics", "'A' is not a grade");

    [Theory]
    [InlineData("PX,false,101,25,60,10,10,3,0,0,false,0,false,90", "score", "101 is outside 0–100")]
    [InlineData("PX,false,85,31,60,10,10,3,0,0,false,0,false,90", "common_score", "31 is outside 0–30")]
    [InlineData("PX,false,85,25,71,10,10,3,0,0,false,0,false,90", "task_score", "71 is outside 0–70")]
    [InlineData("PX,false,85,25,60,10,10,3,0,0,false,0,false,100.5", "targets_met_percent", "100.5 is outside 0–100")]
    [InlineData("PX,false,85,25,60,10,10,3,-1,0,false,0,false,90", "tasks_late", "-1 is negative")]
    [InlineData("PX,false,85,25,60,10,10,3,0,0,false,-1,false,90", "affiliates_disciplined", "-1 is negative")]
    public void A_value_outside_its_range_is_reported(string row, string column, string reasonPart) =>
        AssertOnlyError(ReadScores(row), "assessments.csv", 2, column, reasonPart);

    [Fact]
    public void A_score_that_is_not_common_plus_task_score_is_reported() =>
        AssertOnlyError(ReadScores("PX,false,80,25,60,10,10,3,0,0,false,0,false,90"),
            "assessments.csv", 2, "score", "80 is not common_score 25 + task_score 60 = 85");

    [Fact]
    public void Task_counts_that_do_not_add_up_to_the_total_are_reported() =>
        AssertOnlyError(ReadScores("PX,false,85,25,60,10,8,3,1,0,false,0,false,90"),
            "assessments.csv", 2, "tasks_total", "10 is not tasks_on_time 8 + tasks_late 1 + tasks_unfinished 0 = 9");

    [Fact]
    public void More_tasks_exceeded_than_on_time_is_reported() =>
        AssertOnlyError(ReadScores("PX,false,85,25,60,10,10,11,0,0,false,0,false,90"),
            "assessments.csv", 2, "tasks_exceeded", "11 tasks exceeded but only 10 were on time");

    [Fact]
    public void More_affiliates_disciplined_than_direct_child_organizations_is_reported()
    {
        AssertImported(ReadScores("PX,false,85,25,60,10,10,3,0,0,false,2,false,90"));

        AssertOnlyError(ReadScores("PX,false,85,25,60,10,10,3,0,0,false,3,false,90"),
            "assessments.csv", 2, "affiliates_disciplined", "unit 'PX' has 2 direct child organizations");
    }

    [Fact]
    public void A_not_rated_row_needs_no_other_column_and_keeps_no_other_value()
    {
        var import = AssertImported(ReadScores("PX-1,true,,,,,,,,,,,,", "PX-2,1,85,25,60,10,10,3,0,0,false,0,false,90"));

        Assert.Equal(new Assessment { NotRated = true }, import.Assessments[new UnitId("PX-1")]);
        Assert.Equal(new Assessment { NotRated = true }, import.Assessments[new UnitId("PX-2")]);
    }

    [Fact]
    public void A_bad_not_rated_cell_is_reported_and_the_row_is_not_checked_further() =>
        AssertOnlyError(ReadScores("PX,maybe,,,,,,,,,,,,"), "assessments.csv", 2, "not_rated", "'maybe' is not a boolean");

    [Fact]
    public void A_rated_row_missing_a_column_the_regime_requires_is_reported_by_name() =>
        AssertOnlyError(ReadScores("PX,false,85,25,60,,10,3,0,0,false,0,false,90"),
            "assessments.csv", 2, "tasks_total", "a rated unit needs 'tasks_total' under the R2025 rule set");

    [Fact]
    public void The_score_may_be_left_out_when_common_and_task_scores_are_both_given()
    {
        var import = AssertImported(ReadScores("PX,false,,25,60,10,10,3,0,0,false,0,false,90"));

        var assessment = import.Assessments[new UnitId("PX")];
        Assert.Equal((null, 25m, 60m), (assessment.Score, assessment.CommonScore, assessment.TaskScore));
    }

    [Fact]
    public void The_score_is_missing_when_only_one_of_its_parts_is_given() =>
        AssertOnlyError(ReadScores("PX,false,,25,,10,10,3,0,0,false,0,false,90"),
            "assessments.csv", 2, "score", "a rated unit needs 'score'");

    [Fact]
    public void An_R2019_year_reads_grades_and_needs_no_score_or_affiliates()
    {
        var import = AssertImported(ReadGrades("PX,,t,T,XS,TB,false,,false,80"));

        var assessment = import.Assessments[new UnitId("PX")];
        Assert.Equal((Grade.T, Grade.T, Grade.XS, Grade.TB), (assessment.Politics, assessment.Organization, assessment.Tasks, assessment.Oversight));
        Assert.Equal((null, null, 80m), (assessment.Score, assessment.AffiliatesDisciplined, assessment.TargetsMetPercent));
    }

    [Fact]
    public void An_R2019_year_rejects_a_score_row_naming_each_missing_grade()
    {
        var result = Read(2019, Units, Csv(ScoreHeader, ValidScoreRow));

        Assert.Null(result.Import);
        Assert.Equal(["organization", "oversight", "politics", "tasks"], result.Errors.Select(e => e.Column));
        Assert.All(result.Errors, e => Assert.Equal(("assessments.csv", 2), (e.File, e.Line)));
        Assert.All(result.Errors, e => Assert.Contains("R2019", e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void An_R2023_year_also_needs_affiliates_disciplined() =>
        AssertOnlyError(Read(2023, Units, Csv(GradeHeader, "PX,,T,T,XS,T,false,,false,80")),
            "assessments.csv", 2, "affiliates_disciplined", "under the R2023 rule set");

    [Fact]
    public void An_R2025_year_rejects_a_grades_row_naming_each_missing_column()
    {
        var result = Read(2025, Units, Csv(GradeHeader, "PX,,T,T,XS,T,false,,false,80"));

        Assert.Null(result.Import);
        Assert.Equal(
            ["affiliates_disciplined", "score", "tasks_exceeded", "tasks_late", "tasks_on_time", "tasks_total", "tasks_unfinished"],
            result.Errors.Select(e => e.Column));
        Assert.All(result.Errors, e => Assert.Equal(("assessments.csv", 2), (e.File, e.Line)));
    }
}
