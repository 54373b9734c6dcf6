namespace Scoring.Seeds;

/// <summary>Which inputs a regime reads and the assessments.csv columns written for it: the ones it requires.</summary>
internal sealed record AssessmentStyle(bool Affiliates, IReadOnlyList<string> Columns)
{
    /// <summary>Every assessments.csv column in the order of DOMAIN.md §8.</summary>
    public static IReadOnlyList<string> AllColumns { get; } =
    [
        "unit_id", "not_rated", "score", "common_score", "task_score", "tasks_total", "tasks_on_time", "tasks_exceeded",
        "tasks_late", "tasks_unfinished", "politics", "organization", "tasks", "oversight", "leadership_disciplined",
        "affiliates_disciplined", "disunity", "targets_met_percent", "corruption_disciplined",
    ];

    public static AssessmentStyle Of(SeedRegime regime)
    {
        var required = regime.Rules.RequiredColumns;
        // The 100-point regime's score is the sum of its two parts; writing the parts lets the import check it.
        string[] parts = regime.Score is null ? [] : ["common_score", "task_score"];
        var columns = AllColumns
            .Where(c => c is "unit_id" or "not_rated" || required.Contains(c) || parts.Contains(c))
            .ToArray();
        return new AssessmentStyle(required.Contains("affiliates_disciplined"), columns);
    }
}
