using System.Text;

namespace Scoring.Import;

/// <summary>
/// An RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks; CRLF, LF and CR all end
/// a record; a leading byte order mark and blank lines are skipped. Lines are counted physically, so a record
/// that spans lines reports the line it starts on.
/// </summary>
internal static class CsvReader
{
    private const char ByteOrderMark = '\uFEFF';

    public static List<CsvRow> ReadAll(TextReader text, string file, ImportErrors errors)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var atFieldStart = true;

        if (text.Peek() == ByteOrderMark)
        {
            text.Read();
        }

        int next;
        while ((next = text.Read()) != -1)
        {
            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"' && text.Peek() == '"')
                {
                    text.Read();
                    field.Append('"');
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n' || (c == '\r' && text.Peek() != '\n'))
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && atFieldStart)
            {
                inQuotes = true;
                atFieldStart = false;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && text.Peek() == '\n')
                {
                    text.Read();
                }

                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                atFieldStart = false;
            }
        }

        if (inQuotes)
        {
            errors.Add(file, recordLine, null, "a quoted field is never closed");
        }
        else
        {
            EndRecord();
        }

        return rows;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            atFieldStart = true;
            if (fields.Count > 1 || !string.IsNullOrWhiteSpace(fields[0]))
            {
                rows.Add(new CsvRow(recordLine, [.. fields]));
            }

            fields.Clear();
        }
    }
}
