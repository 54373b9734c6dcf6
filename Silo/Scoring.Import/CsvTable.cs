namespace Scoring.Import;

/// <summary>Reads a file's header against its schema, then its data rows.</summary>
internal static class CsvTable
{
    /// <summary>
    /// The data rows, or null when the file cannot be read at all: it is empty, or its header lacks a required
    /// column. Rows whose field count differs from the header's are reported and left out.
    /// </summary>
    public static IReadOnlyList<CsvRecord>? Read(TextReader text, CsvSchema schema, ImportErrors errors)
    {
        var rows = CsvReader.ReadAll(text, schema.File, errors);
        if (rows.Count == 0)
        {
            errors.Add(schema.File, 0, null, "the file is empty; it needs a header row");
            return null;
        }

        var header = rows[0];
        var columns = ReadHeader(header, schema, errors);
        if (columns is null)
        {
            return null;
        }

        var records = new List<CsvRecord>(rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count != header.Fields.Count)
            {
                errors.Add(schema.File, row.Line, null,
                    $"the row has {row.Fields.Count} fields but the header has {header.Fields.Count}");
                continue;
            }

            records.Add(new CsvRecord(schema.File, row.Line, columns, row.Fields));
        }

        return records;
    }

    private static Dictionary<string, int>? ReadHeader(CsvRow header, CsvSchema schema, ImportErrors errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Fields.Count; index++)
        {
            var name = header.Fields[index].Trim();
            if (name.Length == 0)
            {
                errors.Add(schema.File, header.Line, null, $"header column {index + 1} has no name");
            }
            else if (!schema.Known.Contains(name))
            {
                errors.Add(schema.File, header.Line, name,
                    $"unknown column '{name}'; {schema.File} has the columns {string.Join(", ", schema.Known)}");
            }
            else if (!columns.TryAdd(name, index))
            {
                errors.Add(schema.File, header.Line, name, $"the column '{name}' appears twice in the header");
            }
        }

        var missing = schema.Required.Where(required => !columns.ContainsKey(required)).ToList();
        foreach (var column in missing)
        {
            errors.Add(schema.File, header.Line, column, $"the header has no '{column}' column, which {schema.File} requires");
        }

        return missing.Count == 0 ? columns : null;
    }
}
