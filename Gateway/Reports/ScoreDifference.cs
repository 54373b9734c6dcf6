namespace Scoring.Gateway.Reports;

/// <summary>The unit's own score in the other year and this year's minus it; null when either year has no score.</summary>
public sealed record ScoreDifference(decimal? Other, decimal? Difference)
{
    public static ScoreDifference Between(decimal? mine, decimal? other) =>
        new(other, mine is { } m && other is { } o ? m - o : null);
}
