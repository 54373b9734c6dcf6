namespace Scoring.Gateway.Reports;

/// <summary>
/// A share in the other year (a fraction, as the report states it) and this year's minus it in percentage points,
/// rounded as the report rounds its shares (four places of a fraction are two of a percentage); null when either
/// year has nothing to divide by.
/// </summary>
public sealed record ShareDifference(double? Other, double? DifferencePoints)
{
    public static ShareDifference Between(double? mine, double? other) =>
        new(other, mine is { } m && other is { } o ? Math.Round((m - o) * 100, 2) : null);
}
