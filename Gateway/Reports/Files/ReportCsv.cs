using System.Text;

namespace Scoring.Gateway.Reports.Files;

/// <summary>
/// A <see cref="ReportTable"/> as CSV (RFC 4180): UTF-8 with a byte order mark, so that Excel reads the Vietnamese as
/// such; every row as wide as the sheet's; a field with a comma, a quote or a line break quoted.
/// </summary>
internal static class ReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(ReportTable table)
    {
        var text = new StringBuilder();
        foreach (var row in table.Rows)
        {
            for (var column = 0; column < ReportTable.ColumnCount; column++)
            {
                if (column > 0)
                {
                    text.Append(',');
                }

                text.Append(Field(column < row.Cells.Count ? row.Cells[column].ToString() : ""));
            }

            text.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
