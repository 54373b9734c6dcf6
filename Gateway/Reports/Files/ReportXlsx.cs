using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Scoring.Gateway.Reports.Files;

/// <summary>A <see cref="ReportTable"/> as one sheet of an .xlsx workbook: numbers as numeric cells, headings as text.</summary>
internal static class ReportXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string SheetName = "Tổng hợp";

    private const double MaxColumnWidth = 40;

    // Columns A, B, ...: the writer takes each row as a dictionary of the same keys, and prints no header of its own.
    private static readonly string[] Columns = [.. Enumerable.Range(0, ReportTable.ColumnCount).Select(column => ((char)('A' + column)).ToString())];

    public static byte[] Write(ReportTable table)
    {
        var rows = table.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(ReportTable.ColumnCount);
            for (var column = 0; column < Columns.Length; column++)
            {
                var cell = column < row.Cells.Count ? row.Cells[column] : ReportCell.Empty;
                cells[Columns[column]] = (object?)cell.Number ?? cell.Text;
            }

            return cells;
        });
        using var file = new MemoryStream();
        file.SaveAs(
            rows,
            printHeader: false,
            sheetName: SheetName,
            excelType: ExcelType.XLSX,
            // Columns as wide as their text (the writer measures it only in its fast mode, which holds the sheet in memory: a
            // small one), short of the titles that run across the sheet; no frozen first row, which is a title, not headings.
            configuration: new OpenXmlConfiguration
            {
                TableStyles = TableStyles.None,
                AutoFilter = false,
                FreezeRowCount = 0,
                FastMode = true,
                EnableAutoWidth = true,
                MaxWidth = MaxColumnWidth,
            });
        return file.ToArray();
    }
}
