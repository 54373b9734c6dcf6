namespace Scoring.Gateway.Reports;

/// <summary>A count in the other year and this year's minus it.</summary>
public sealed record CountDifference(int Other, int Difference)
{
    public static CountDifference Between(int mine, int other) => new(other, mine - other);
}
