namespace Scoring.Grains.Rules;

/// <summary>Shares as the rules compare them (exact decimals) and as reasons print them.</summary>
internal static class Percent
{
    /// <summary>Whether <paramref name="count"/> of <paramref name="whole"/> is more than <paramref name="share"/>.</summary>
    public static bool Exceeds(int count, int whole, decimal share) => count > whole * share;

    /// <summary>Whether <paramref name="count"/> of <paramref name="whole"/> is at least <paramref name="share"/>.</summary>
    public static bool AtLeast(int count, int whole, decimal share) => count >= whole * share;

    public static string Of(int count, int whole) =>
        whole == 0 ? "0%" : $"{Math.Round(100m * count / whole, 1):0.#}%";

    public static string Format(decimal share) => $"{share * 100m:0.#}%";
}
