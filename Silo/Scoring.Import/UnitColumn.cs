using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>The <c>unit_id</c> cell of assessments.csv and members.csv: at most one row per unit of units.csv.</summary>
internal sealed class UnitColumn(UnitIndex? units)
{
    public const string Name = "unit_id";

    private readonly Dictionary<UnitId, int> _firstLines = [];

    /// <summary>The row's unit, or null when the cell is empty, names no unit, or the unit already had a row.</summary>
    public UnitId? Read(CsvRecord record, CellReader cells)
    {
        if (record[Name] is not { } text)
        {
            cells.Report(Name, "the unit_id is empty");
            return null;
        }

        var id = new UnitId(text);
        if (units is not null && !units.Contains(id))
        {
            cells.Report(Name, $"no unit '{id}' in {ImportFiles.Units}");
            return null;
        }

        if (!_firstLines.TryAdd(id, record.Line))
        {
            cells.Report(Name, $"a second row for unit '{id}'; the first is at line {_firstLines[id]}");
            return null;
        }

        return id;
    }
}
