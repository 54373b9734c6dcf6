namespace Scoring.Gateway.Reports;

/// <summary>The "clean and strong" count and share of <see cref="CleanStrongView"/> beside the other year's.</summary>
public sealed record CleanStrongDifference(CountDifference Count, ShareDifference Share)
{
    public static CleanStrongDifference Between(CleanStrongView mine, CleanStrongView other) =>
        new(CountDifference.Between(mine.Count, other.Count), ShareDifference.Between(mine.Share, other.Share));
}
