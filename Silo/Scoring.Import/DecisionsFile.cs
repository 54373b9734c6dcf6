using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>
/// Reads decisions.csv: what each deciding committee recorded (DOMAIN.md §5). An empty level records a note or an
/// award and leaves the proposed level final.
/// </summary>
internal static class DecisionsFile
{
    private static readonly string[] Columns = [UnitColumn.Name, "level", "note", "exemplary"];

    private static readonly CsvSchema Schema = new(ImportFiles.Decisions, Columns, [UnitColumn.Name, "level"]);

    public static Dictionary<UnitId, Decision> Read(TextReader text, LevelNames names, UnitIndex? units, ImportErrors errors)
    {
        var decisions = new Dictionary<UnitId, Decision>();
        using var table = CsvTable.Open(text, Schema, errors);
        if (table is null)
        {
            return decisions;
        }

        var unitColumn = new UnitColumn(units);
        foreach (var record in table.Records())
        {
            var cells = new CellReader(record, errors);
            var unit = unitColumn.Read(record, cells);
            var levelRead = TryReadLevel(record, cells, names, out var level);
            var exemplary = cells.Boolean("exemplary");
            if (unit is { } id && levelRead)
            {
                decisions[id] = new Decision(level, record["note"], exemplary ?? false);
            }
        }

        return decisions;
    }

    /// <summary>
    /// Reads the decided level in the year's codes, null for an empty cell; false (reported) when the cell names no
    /// level a committee decides.
    /// </summary>
    private static bool TryReadLevel(CsvRecord record, CellReader cells, LevelNames names, out Level? level)
    {
        level = null;
        if (record["level"] is not { } text)
        {
            return true;
        }

        foreach (var rated in LevelCodes.Rated)
        {
            if (string.Equals(names.Code(rated), text, StringComparison.OrdinalIgnoreCase))
            {
                level = rated;
                return true;
            }
        }

        cells.Report("level",
            $"'{text}' is not a level a committee decides; use {string.Join(", ", LevelCodes.Rated.Select(names.Code))}, or leave it empty");
        return false;
    }
}
