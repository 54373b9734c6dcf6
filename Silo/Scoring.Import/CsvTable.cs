using nietras.SeparatedValues;

namespace Scoring.Import;

/// <summary>
/// One CSV file read with Sep: <see cref="Open"/> reads only the header and checks it against the file's schema;
/// <see cref="Records"/> then reads the data rows one at a time. Quoted fields may hold commas, doubled quotes and
/// line breaks; CRLF, LF and CR all end a row; a leading byte order mark and blank lines are skipped. Lines are
/// counted physically, so a row that spans lines reports the line it starts on. Sep opens a quoted part at any
/// quote, not only at a field's start, so a stray quote inside a value is reported rather than read as text.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private const char ByteOrderMark = '\uFEFF';

    private static readonly SepReaderOptions Options = new(Sep.New(','))
    {
        // The header is read as a plain row so that its errors are ours, with their line and column.
        HasHeader = false,
        DisableColCountCheck = true,
        Unescape = true,
    };

    private readonly SepReader _reader;
    private readonly CsvSchema _schema;
    private readonly ImportErrors _errors;
    private readonly Dictionary<string, int> _columns;
    private readonly int _columnCount;

    private CsvTable(SepReader reader, CsvSchema schema, ImportErrors errors, Dictionary<string, int> columns, int columnCount)
    {
        _reader = reader;
        _schema = schema;
        _errors = errors;
        _columns = columns;
        _columnCount = columnCount;
    }

    /// <summary>
    /// Reads the header and nothing more. Null when the file cannot be read: it is empty, or its header has an
    /// unnamed, unknown or repeated column or lacks a required one; every such error is reported.
    /// </summary>
    public static CsvTable? Open(TextReader text, CsvSchema schema, ImportErrors errors)
    {
        // A StreamReader drops the mark itself; any other reader hands it to Sep as part of the first column.
        if (text.Peek() == ByteOrderMark)
        {
            text.Read();
        }

        var reader = Options.From(text);
        var table = ReadHeader(reader, schema, errors);
        if (table is null)
        {
            reader.Dispose();
        }

        return table;
    }

    /// <summary>The data rows after the header, read as they are enumerated. Rows whose field count differs from the header's are reported and left out.</summary>
    public IEnumerable<CsvRecord> Records()
    {
        while (_reader.MoveNext())
        {
            if (ToRecord(_reader.Current) is { } record)
            {
                yield return record;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    private CsvRecord? ToRecord(SepReader.Row row)
    {
        var line = LineOf(row);
        if (HasUnclosedQuote(row))
        {
            _errors.Add(_schema.File, line, null, "a quoted field is never closed");
            return null;
        }

        if (IsBlank(row))
        {
            return null;
        }

        if (row.ColCount != _columnCount)
        {
            _errors.Add(_schema.File, line, null, $"the row has {row.ColCount} fields but the header has {_columnCount}");
            return null;
        }

        var cells = new string?[row.ColCount];
        for (var index = 0; index < cells.Length; index++)
        {
            var cell = row[index].Span.Trim();
            cells[index] = cell.IsEmpty ? null : cell.ToString();
        }

        return new CsvRecord(_schema.File, line, _columns, cells);
    }

    private static CsvTable? ReadHeader(SepReader reader, CsvSchema schema, ImportErrors errors)
    {
        while (reader.MoveNext())
        {
            var row = reader.Current;
            if (HasUnclosedQuote(row))
            {
                errors.Add(schema.File, LineOf(row), null, "a quoted field is never closed");
                return null;
            }

            if (!IsBlank(row))
            {
                return ReadColumns(row, schema, errors) is { } columns ? new CsvTable(reader, schema, errors, columns, row.ColCount) : null;
            }
        }

        errors.Add(schema.File, 0, null, "the file is empty; it needs a header row");
        return null;
    }

    private static Dictionary<string, int>? ReadColumns(SepReader.Row header, CsvSchema schema, ImportErrors errors)
    {
        var line = LineOf(header);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var wrong = false;
        for (var index = 0; index < header.ColCount; index++)
        {
            var name = header[index].Span.Trim().ToString();
            if (name.Length == 0)
            {
                errors.Add(schema.File, line, null, $"header column {index + 1} has no name");
                wrong = true;
            }
            else if (!schema.Known.Contains(name))
            {
                errors.Add(schema.File, line, name,
                    $"unknown column '{name}'; {schema.File} has the columns {string.Join(", ", schema.Known)}");
                wrong = true;
            }
            else if (!columns.TryAdd(name, index))
            {
                errors.Add(schema.File, line, name, $"the column '{name}' appears twice in the header");
                wrong = true;
            }
        }

        foreach (var column in schema.Required.Where(required => !columns.ContainsKey(required)))
        {
            errors.Add(schema.File, line, column, $"the header has no '{column}' column, which {schema.File} requires");
            wrong = true;
        }

        return wrong ? null : columns;
    }

    /// <summary>
    /// Sep gives the first row a LineNumberFrom equal to its LineNumberToExcl (without a header it parses that row
    /// while opening); the first row always starts on line 1.
    /// </summary>
    private static int LineOf(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;

    /// <summary>A line of nothing but white space (editors leave them at the end of files): skipped wherever it is.</summary>
    private static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.IsWhiteSpace();

    /// <summary>
    /// Sep pairs quotes and, when the last is never closed, takes the rest of the file into the row; an odd count
    /// of quotes is how that shows. Checked on the raw row, before unescaping rewrites it.
    /// </summary>
    private static bool HasUnclosedQuote(SepReader.Row row) => row.Span.Count('"') % 2 == 1;
}
