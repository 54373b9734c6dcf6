namespace Scoring.Seeds;

/// <summary>
/// Counts at the edges of a share, compared exactly as the rules compare them: "at least a share" is
/// <c>count ≥ whole × share</c>, "more than a share" is <c>count &gt; whole × share</c>.
/// </summary>
internal static class Shares
{
    /// <summary>The fewest of <paramref name="whole"/> that are at least <paramref name="share"/> of it.</summary>
    public static int FewestAtLeast(decimal share, int whole) => (int)Math.Ceiling(share * whole);

    /// <summary>The most of <paramref name="whole"/> that are not more than <paramref name="share"/> of it.</summary>
    public static int MostNotAbove(decimal share, int whole) => (int)Math.Floor(share * whole);
}
