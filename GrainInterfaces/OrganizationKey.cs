using System.Globalization;

namespace Scoring.GrainInterfaces;

/// <summary>The grain key of one organization in one year: <c>"{year}/{unitId}"</c>.</summary>
public static class OrganizationKey
{
    public static string Of(int year, UnitId unit) => string.Create(CultureInfo.InvariantCulture, $"{year}/{unit.Value}");

    /// <summary>Reads a key written by <see cref="Of"/>; unit ids may themselves contain '/'.</summary>
    public static (int Year, UnitId Unit) Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !int.TryParse(key.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw new FormatException($"'{key}' is not an organization key (year/unit).");
        }

        return (year, new UnitId(key[(slash + 1)..]));
    }
}
