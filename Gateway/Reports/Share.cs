namespace Scoring.Gateway.Reports;

/// <summary>A share as the API states it: a fraction rounded to four places, or null when there is nothing to divide by.</summary>
internal static class Share
{
    public static double? Of(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
