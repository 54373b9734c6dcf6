using System.Globalization;

namespace Scoring.Gateway.Reports.Files;

/// <summary>
/// One cell of a <see cref="ReportTable"/>: a text, a number, or nothing. Counts are whole numbers; percentages carry two
/// decimals (66.67, 100.00), so both files state them alike.
/// </summary>
public sealed record ReportCell(string? Text, decimal? Number)
{
    public static ReportCell Empty { get; } = new(null, null);

    public static ReportCell Of(string text) => new(text, null);

    public static ReportCell Of(int count) => new(null, count);

    /// <summary>A value already in percent (a target's), as given; empty when there is none.</summary>
    public static ReportCell Percent(decimal? percent) => percent is { } value ? new(null, value) : Empty;

    /// <summary>A share as the JSON report states it (a fraction to four places), in percent; empty when there is none.</summary>
    public static ReportCell PercentOf(double? share) =>
        // Adding 0.00m keeps two decimals on a whole percentage (100.00), as decimal addition keeps the larger scale.
        share is { } value ? new(null, decimal.Round((decimal)value * 100m, 2) + 0.00m) : Empty;

    /// <summary>The cell as CSV text: a number with a point for decimals, whatever the server's culture.</summary>
    public override string ToString() => Number?.ToString(CultureInfo.InvariantCulture) ?? Text ?? "";
}
