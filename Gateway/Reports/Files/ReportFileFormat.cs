namespace Scoring.Gateway.Reports.Files;

/// <summary>One way to write a <see cref="ReportTable"/> as a file: its extension, its media type and its writer.</summary>
internal sealed record ReportFileFormat(string Extension, string ContentType, string OperationName, string Summary, Func<ReportTable, byte[]> Write)
{
    public static IReadOnlyList<ReportFileFormat> All { get; } =
    [
        new("xlsx", ReportXlsx.ContentType, "GetUnitReportXlsx",
            "The unit's year as the official summary table, an .xlsx workbook of one sheet (numbers as numeric cells, shares in percent with two decimals).",
            ReportXlsx.Write),
        new("csv", ReportCsv.ContentType, "GetUnitReportCsv",
            "The same table as the .xlsx, as CSV (RFC 4180, UTF-8 with a byte order mark).",
            ReportCsv.Write),
    ];
}
