using System.Globalization;
using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>
/// Parses the cells of one record as the contract spells values (DOMAIN.md §8). An empty cell reads as null; a
/// bad cell is reported with its column and also reads as null, so one row can report every bad cell at once.
/// </summary>
internal sealed class CellReader(CsvRecord record, ImportErrors errors)
{
    public void Report(string? column, string reason) => errors.Add(record.File, record.Line, column, reason);

    public bool? Boolean(string column)
    {
        switch (record[column]?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                Report(column, $"'{record[column]}' is not a boolean; use true, false, 1 or 0");
                return null;
        }
    }

    public decimal? Decimal(string column, decimal min, decimal max)
    {
        if (record[column] is not { } text)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Report(column, $"'{text}' is not a number; write it with '.' as the decimal point");
            return null;
        }

        if (value < min || value > max)
        {
            Report(column, $"{text} is outside {min}–{max}");
            return null;
        }

        return value;
    }

    public int? Count(string column) =>
        record[column] is { } text ? ParseCount(column, text) : null;

    public int? RequiredCount(string column)
    {
        if (record[column] is not { } text)
        {
            Report(column, "the count is empty; write 0 when there are none");
            return null;
        }

        return ParseCount(column, text);
    }

    public Grade? Grade(string column)
    {
        switch (record[column]?.ToUpperInvariant())
        {
            case null:
                return null;
            case "XS":
                return GrainInterfaces.Grade.XS;
            case "T":
                return GrainInterfaces.Grade.T;
            case "TB":
                return GrainInterfaces.Grade.TB;
            case "K":
                return GrainInterfaces.Grade.K;
            default:
                Report(column, $"'{record[column]}' is not a grade; use XS, T, TB or K");
                return null;
        }
    }

    private int? ParseCount(string column, string text)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Report(column, $"'{text}' is not a whole number");
            return null;
        }

        if (value < 0)
        {
            Report(column, $"{value} is negative; a count is at least 0");
            return null;
        }

        return value;
    }
}
