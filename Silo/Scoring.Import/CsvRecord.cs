namespace Scoring.Import;

/// <summary>One data row of a file whose header was read, with its cells looked up by column name.</summary>
internal sealed class CsvRecord(string file, int line, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields)
{
    public string File => file;

    public int Line => line;

    /// <summary>The trimmed cell, or null when the column is absent from the header or the cell is empty.</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var index) && fields[index].Trim() is { Length: > 0 } value ? value : null;
}
