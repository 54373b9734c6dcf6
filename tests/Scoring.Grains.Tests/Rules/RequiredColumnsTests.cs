using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests.Rules;

/// <summary>The assessments.csv columns each regime reads (DOMAIN.md §8).</summary>
public sealed class RequiredColumnsTests
{
    private static readonly string[] Grades = ["politics", "organization", "tasks", "oversight"];

    private static readonly string[] Flags = ["leadership_disciplined", "disunity", "targets_met_percent"];

    private static readonly string[] TaskColumns =
        ["score", "tasks_total", "tasks_on_time", "tasks_exceeded", "tasks_late", "tasks_unfinished"];

    [Fact]
    public void R2019_reads_the_grades_and_flags_but_not_affiliates_disciplined()
    {
        var columns = RuleSets.R2019.RequiredColumns;

        Assert.Superset(new HashSet<string>([.. Grades, .. Flags]), new HashSet<string>(columns));
        Assert.DoesNotContain("affiliates_disciplined", columns);
        Assert.DoesNotContain("score", columns);
    }

    [Fact]
    public void R2023_reads_the_grades_the_flags_and_affiliates_disciplined()
    {
        var columns = RuleSets.R2023.RequiredColumns;

        Assert.Superset(new HashSet<string>([.. Grades, .. Flags, "affiliates_disciplined"]), new HashSet<string>(columns));
        Assert.DoesNotContain("score", columns);
    }

    [Fact]
    public void R2025_reads_the_score_the_task_counts_the_flags_and_affiliates_disciplined()
    {
        var columns = RuleSets.R2025.RequiredColumns;

        Assert.Superset(new HashSet<string>([.. TaskColumns, .. Flags, "affiliates_disciplined"]), new HashSet<string>(columns));
        Assert.DoesNotContain("politics", columns);
        Assert.DoesNotContain("tasks", columns);
    }

    [Fact]
    public void R2014_reads_the_score_disunity_and_corruption_disciplined_only()
    {
        Assert.Equal(
            ["corruption_disciplined", "disunity", "score"],
            RuleSets.R2014.RequiredColumns.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("R2019")]
    [InlineData("R2023")]
    [InlineData("R2025")]
    public void No_later_regime_requires_corruption_disciplined_which_only_R2014_reads(string regime)
    {
        var columns = Assessments.Regime(regime).RequiredColumns;

        Assert.DoesNotContain("corruption_disciplined", columns);
        Assert.DoesNotContain("not_rated", columns);
    }
}
