using Scoring.GrainInterfaces;
using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

/// <summary>assessments.csv of an R2014 year (2014–2017): a score, disunity and corruption_disciplined (DOMAIN.md §3, §8).</summary>
public sealed class TsvmAssessmentsTests
{
    [Theory]
    [InlineData(2014)]
    [InlineData(2016)]
    [InlineData(2017)]
    public void A_year_of_2014_to_2017_imports_with_the_R2014_columns(int year)
    {
        var import = AssertImported(Read(year, Units, Csv(TsvmHeader, "PX,false,91.5,false,true", "PX-1,true,,,"), Members));

        Assert.Equal(year, import.Year);
        Assert.Equal(
            new Assessment { Score = 91.5m, Disunity = false, CorruptionDisciplined = true },
            import.Assessments[new UnitId("PX")]);
        Assert.Equal(new Assessment { NotRated = true }, import.Assessments[new UnitId("PX-1")]);
    }

    [Theory]
    [InlineData("unit_id,not_rated,disunity,corruption_disciplined", "PX,false,false,false", "score")]
    [InlineData("unit_id,not_rated,score,corruption_disciplined", "PX,false,80,false", "disunity")]
    [InlineData("unit_id,not_rated,score,disunity", "PX,false,80,false", "corruption_disciplined")]
    public void A_rated_row_without_an_R2014_column_is_reported(string header, string row, string column) =>
        AssertOnlyError(Read(2016, Units, Csv(header, row)), "assessments.csv", 2, column, $"a rated unit needs '{column}' under the R2014 rule set");

    [Fact]
    public void An_empty_corruption_cell_in_a_rated_row_is_reported() =>
        AssertOnlyError(ReadTsvm("PX,false,80,false,"), "assessments.csv", 2, "corruption_disciplined", "a rated unit needs 'corruption_disciplined'");

    [Fact]
    public void A_score_above_100_is_reported() =>
        AssertOnlyError(ReadTsvm("PX,false,100.5,false,false"), "assessments.csv", 2, "score", "100.5 is outside 0–100");

    [Fact]
    public void A_2016_header_may_leave_out_every_column_of_the_later_regimes()
    {
        var import = AssertImported(ReadTsvm("PX,false,70,0,0"));

        Assert.Equal(new Assessment { Score = 70m, Disunity = false, CorruptionDisciplined = false }, import.Assessments[new UnitId("PX")]);
    }

    [Fact]
    public void A_2024_row_need_not_have_corruption_disciplined_which_only_R2014_reads() =>
        AssertImported(Read(2024, Units, Csv(GradeHeader, "PX,false,T,T,T,T,false,0,false,90")));

    [Fact]
    public void A_2016_row_with_only_the_grades_of_the_later_regimes_is_reported() =>
        Assert.Contains(
            Read(2016, Units, Csv(GradeHeader, "PX,false,T,T,T,T,false,0,false,90")).Errors,
            error => error.Column == "score" && error.Reason.Contains("R2014", StringComparison.Ordinal));
}
