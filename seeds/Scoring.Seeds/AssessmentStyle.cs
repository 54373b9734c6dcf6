using Scoring.Grains.Rules;

namespace Scoring.Seeds;

/// <summary>Which inputs a regime reads, taken from the columns it requires, and the columns written for it.</summary>
internal sealed record AssessmentStyle(bool Grades, bool Affiliates, IReadOnlyList<string> Columns)
{
    /// <summary>Every assessments.csv column in the order of DOMAIN.md §8.</summary>
    public static IReadOnlyList<string> AllColumns { get; } =
    [
        "unit_id", "not_rated", "score", "common_score", "task_score", "tasks_total", "tasks_on_time", "tasks_exceeded",
        "tasks_late", "tasks_unfinished", "politics", "organization", "tasks", "oversight", "leadership_disciplined",
        "affiliates_disciplined", "disunity", "targets_met_percent", "corruption_disciplined",
    ];

    public static AssessmentStyle Of(IRuleSet rules)
    {
        var required = rules.RequiredColumns;
        var grades = required.Contains("politics");
        if (!grades && !required.Contains("tasks_total"))
        {
            throw new NotSupportedException($"The generator cannot make inputs for the {rules.Name} regime.");
        }

        // The 100-point regime's score is the sum of its two parts; writing the parts lets the import check it.
        string[] parts = grades ? [] : ["common_score", "task_score"];
        var columns = AllColumns
            .Where(c => c is "unit_id" or "not_rated" || required.Contains(c) || parts.Contains(c))
            .ToArray();
        return new AssessmentStyle(grades, required.Contains("affiliates_disciplined"), columns);
    }
}
