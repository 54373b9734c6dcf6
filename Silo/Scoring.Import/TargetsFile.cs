using System.Globalization;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Import;

/// <summary>
/// Reads targets.csv (DOMAIN.md §7): the program's targets as data. Rows for other years are kept in the file and
/// left out of the year's import; an empty <c>to_year</c> is open-ended.
/// </summary>
internal static class TargetsFile
{
    private static readonly string[] Columns = ["program", "code", "applies_to", "indicator", "comparator", "value", "from_year", "to_year"];

    private static readonly CsvSchema Schema = new(ImportFiles.Targets, Columns, Columns[..^1]);

    public static List<Target> Read(TextReader text, int year, ImportErrors errors)
    {
        var targets = new List<Target>();
        var firstLines = new Dictionary<(string Program, string Code, int From), int>();
        using var table = CsvTable.Open(text, Schema, errors);
        if (table is null)
        {
            return targets;
        }

        foreach (var record in table.Records())
        {
            var cells = new CellReader(record, errors);
            var program = Required(record, cells, "program");
            var code = Required(record, cells, "code");
            var appliesTo = Kind(record, cells);
            var indicator = Indicator(record, cells);
            var comparator = Comparator(record, cells);
            var value = Required(record, cells, "value") is null ? null : cells.Decimal("value", 0m, 100m);
            var from = Year(record, cells, "from_year", required: true);
            var to = Year(record, cells, "to_year", required: false);
            if (from is { } first && to is { } last && last < first)
            {
                cells.Report("to_year", $"{last} is before from_year {first}");
                to = null;
                from = null;
            }

            if (program is null || code is null || appliesTo is null || indicator is null || comparator is null || value is null || from is null
                || (record["to_year"] is not null && to is null))
            {
                continue;
            }

            if (!firstLines.TryAdd((program, code, from.Value), record.Line))
            {
                cells.Report("code", $"a second row for target {program}/{code} from {from}; the first is at line {firstLines[(program, code, from.Value)]}");
                continue;
            }

            var target = new Target(program, code, appliesTo.Value, indicator, comparator, value.Value, from.Value, to);
            if (target.AppliesIn(year))
            {
                targets.Add(target);
            }
        }

        return targets;
    }

    private static string? Required(CsvRecord record, CellReader cells, string column)
    {
        if (record[column] is { } text)
        {
            return text;
        }

        cells.Report(column, $"the {column} is empty");
        return null;
    }

    private static UnitKind? Kind(CsvRecord record, CellReader cells)
    {
        if (Required(record, cells, "applies_to") is not { } text)
        {
            return null;
        }

        if (UnitKindCodes.TryParse(text, out var kind))
        {
            return kind;
        }

        cells.Report("applies_to", $"'{text}' is not a kind; use {string.Join(", ", Enum.GetValues<UnitKind>().Select(k => k.ToCode()))}");
        return null;
    }

    private static string? Indicator(CsvRecord record, CellReader cells)
    {
        if (Required(record, cells, "indicator") is not { } text)
        {
            return null;
        }

        if (TargetIndicator.TryParse(text, out _))
        {
            return text;
        }

        cells.Report("indicator", $"'{text}' is not an indicator; use one of {string.Join(", ", TargetIndicator.Codes)}");
        return null;
    }

    private static string? Comparator(CsvRecord record, CellReader cells)
    {
        if (Required(record, cells, "comparator") is not { } text)
        {
            return null;
        }

        if (TargetComparator.IsValid(text))
        {
            return text;
        }

        cells.Report("comparator", $"'{text}' is not a comparator; use {string.Join(", ", TargetComparator.Codes)}");
        return null;
    }

    private static int? Year(CsvRecord record, CellReader cells, string column, bool required)
    {
        if (record[column] is not { } text)
        {
            if (required)
            {
                cells.Report(column, $"the {column} is empty");
            }

            return null;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000)
        {
            return year;
        }

        cells.Report(column, $"'{text}' is not a year; write four digits, such as 2020");
        return null;
    }
}
