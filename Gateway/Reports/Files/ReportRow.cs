namespace Scoring.Gateway.Reports.Files;

/// <summary>One row of a <see cref="ReportTable"/>, from its first column; an empty row separates two parts.</summary>
public sealed record ReportRow(IReadOnlyList<ReportCell> Cells)
{
    public static ReportRow Blank { get; } = new([]);

    public static ReportRow Of(params ReportCell[] cells) => new(cells);

    /// <summary>A row of headings (or a title: one heading); "" leaves a cell empty, under a heading that spans two columns.</summary>
    public static ReportRow Headings(params string[] headings) =>
        new([.. headings.Select(heading => heading.Length == 0 ? ReportCell.Empty : ReportCell.Of(heading))]);
}
