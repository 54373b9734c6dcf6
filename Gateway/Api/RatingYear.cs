using System.Globalization;

namespace Scoring.Gateway.Api;

/// <summary>A year as an address names it: four digits, no sign, no leading zero (2024, never 02024 or +2024).</summary>
internal static class RatingYear
{
    public static bool TryParse(string text, out int year)
    {
        year = 0;
        return text.Length == 4
            && text[0] != '0'
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }
}
