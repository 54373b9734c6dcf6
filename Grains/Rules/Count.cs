namespace Scoring.Grains.Rules;

/// <summary>Counts in reason sentences, with the verb that agrees with them.</summary>
internal static class Count
{
    public static string Of(int count, string singular, string plural) => $"{count} {(count == 1 ? singular : plural)}";
}
