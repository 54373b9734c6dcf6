using System.Globalization;
using MiniExcelLibs;

namespace Scoring.Gateway.Tests;

/// <summary>
/// A report file read back into rows of cells (column A first): numbers as <see cref="double"/> from the .xlsx, every
/// cell as text from the .csv. Parts are found by their heading, rows by their first cell.
/// </summary>
internal sealed class ReportSheet(IReadOnlyList<object?[]> rows)
{
    public const string SheetName = "Tổng hợp";

    public IReadOnlyList<object?[]> Rows => rows;

    /// <summary>GETs a report file that must answer 200, and returns its bytes.</summary>
    public static async Task<byte[]> DownloadAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public static ReportSheet FromXlsx(byte[] file)
    {
        using var stream = new MemoryStream(file);
        Assert.Equal([SheetName], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        return Read(stream, ExcelType.XLSX, SheetName);
    }

    public static ReportSheet FromCsv(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return Read(stream, ExcelType.CSV, sheetName: null);
    }

    /// <summary>The first row whose first cell is <paramref name="first"/>, after the part whose heading starts with <paramref name="part"/>.</summary>
    public object?[] Row(string part, string first)
    {
        var heading = IndexOf(cells => cells[0] is string text && text.StartsWith(part, StringComparison.Ordinal), 0, part);
        return rows[IndexOf(cells => Equals(cells[0], first), heading + 1, $"{first} in {part}")];
    }

    /// <summary>Whether a part's heading starts with <paramref name="part"/>.</summary>
    public bool HasPart(string part) => rows.Any(cells => cells[0] is string text && text.StartsWith(part, StringComparison.Ordinal));

    /// <summary>Every cell's text, numbers as the invariant culture writes them.</summary>
    public IEnumerable<string> Texts() => rows.SelectMany(cells => cells.Select(cell => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? ""));

    private int IndexOf(Func<object?[], bool> match, int from, string what)
    {
        for (var at = from; at < rows.Count; at++)
        {
            if (match(rows[at]))
            {
                return at;
            }
        }

        Assert.Fail($"No row for {what}.");
        return -1;
    }

    private static ReportSheet Read(Stream stream, ExcelType type, string? sheetName) =>
        new([.. MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheetName, excelType: type)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(value => value is string { Length: 0 } ? null : value).ToArray())]);
}
