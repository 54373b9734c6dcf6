namespace Scoring.Import;

/// <summary>One data row of a file whose header was read, with its trimmed cells looked up by column name.</summary>
internal sealed class CsvRecord(string file, int line, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string?> cells)
{
    public string File => file;

    public int Line => line;

    /// <summary>The trimmed cell, or null when the column is absent from the header or the cell is empty.</summary>
    public string? this[string column] => columns.TryGetValue(column, out var index) ? cells[index] : null;
}
