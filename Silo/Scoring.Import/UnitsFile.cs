using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>Reads units.csv: one tree per year, rooted at a nation or a city (DOMAIN.md §1, §8).</summary>
internal static class UnitsFile
{
    private const string File = ImportFiles.Units;

    private static readonly string[] Columns = ["id", "parent_id", "kind", "name"];

    private static readonly CsvSchema Schema = new(File, Columns, Columns);

    /// <summary>The kinds each kind may sit under; a nation sits under nothing, a city under the nation when there is one.</summary>
    private static readonly Dictionary<UnitKind, UnitKind[]> AllowedParents = new()
    {
        [UnitKind.Nation] = [],
        [UnitKind.City] = [UnitKind.Nation],
        [UnitKind.Upper] = [UnitKind.City],
        [UnitKind.Grassroots] = [UnitKind.City, UnitKind.Upper],
        [UnitKind.Partial] = [UnitKind.Grassroots],
        [UnitKind.Cell] = [UnitKind.Grassroots, UnitKind.Partial],
    };

    /// <summary>
    /// The units in file order, and an index of their ids; the index is null when the file could not be read or has
    /// no rows, so the other files are not checked against a tree that is not there.
    /// </summary>
    public static (IReadOnlyList<UnitRecord> Units, UnitIndex? Index) Read(TextReader text, ImportErrors errors)
    {
        using var table = CsvTable.Open(text, Schema, errors);
        if (table is null)
        {
            return ([], null);
        }

        // The whole tree is needed before any parent can be checked, so its rows are kept.
        var records = table.Records().ToList();
        if (records.Count == 0)
        {
            errors.Add(File, 0, null, $"{File} has no units");
            return ([], null);
        }

        var rows = ReadRows(records, errors);
        var byId = rows.ToDictionary(row => row.Id);
        var childCounts = rows
            .Where(row => row.Parent is { } parent && byId.ContainsKey(parent))
            .GroupBy(row => row.Parent!.Value)
            .ToDictionary(group => group.Key, group => group.Count());

        CheckRoot(rows, errors);
        CheckParents(rows, byId, errors);
        CheckCycles(rows, byId, errors);

        var units = rows
            .Where(row => row.Kind is not null)
            .Select(row => new UnitRecord(row.Id, row.Parent, row.Kind!.Value, row.Name))
            .ToList();
        return (units, new UnitIndex(byId.ToDictionary(pair => pair.Key, pair => pair.Value.Kind), childCounts));
    }

    /// <summary>The rows with a usable, first-seen id; every bad cell is reported on the way.</summary>
    private static List<Row> ReadRows(List<CsvRecord> records, ImportErrors errors)
    {
        var rows = new List<Row>(records.Count);
        var firstLines = new Dictionary<UnitId, int>();
        foreach (var record in records)
        {
            var cells = new CellReader(record, errors);
            var kindCode = record["kind"];
            UnitKind? kind = null;
            if (kindCode is null)
            {
                cells.Report("kind", "the kind is empty; use nation, city, upper, grassroots, partial or cell");
            }
            else if (UnitKindCodes.TryParse(kindCode.ToLowerInvariant(), out var parsed))
            {
                kind = parsed;
            }
            else
            {
                cells.Report("kind", $"unknown kind '{kindCode}'; use nation, city, upper, grassroots, partial or cell");
            }

            var name = record["name"];
            if (name is null)
            {
                cells.Report("name", "the name is empty");
            }

            if (record["id"] is not { } idText)
            {
                cells.Report("id", "the id is empty");
                continue;
            }

            var id = new UnitId(idText);
            if (!firstLines.TryAdd(id, record.Line))
            {
                cells.Report("id", $"the id '{id}' is already used at line {firstLines[id]}");
                continue;
            }

            var parent = record["parent_id"] is { } parentText ? new UnitId(parentText) : (UnitId?)null;
            rows.Add(new Row(record.Line, id, parent, kind, name ?? ""));
        }

        return rows;
    }

    private static void CheckRoot(List<Row> rows, ImportErrors errors)
    {
        var roots = rows.Where(row => row.Parent is null).ToList();
        if (roots.Count == 0)
        {
            errors.Add(File, 0, null, "no unit is the root: the nation's or the city's row must leave parent_id empty");
            return;
        }

        var root = roots[0];
        if (root.Kind is { } kind and not (UnitKind.Nation or UnitKind.City))
        {
            errors.Add(File, root.Line, "kind", $"the root '{root.Id}' is of kind {kind.ToCode()}; the root must be a nation or a city");
        }

        foreach (var second in roots.Skip(1))
        {
            errors.Add(File, second.Line, "parent_id",
                $"'{second.Id}' has no parent, but '{root.Id}' at line {root.Line} is already the root");
        }
    }

    private static void CheckParents(List<Row> rows, Dictionary<UnitId, Row> byId, ImportErrors errors)
    {
        foreach (var row in rows)
        {
            if (row.Parent is not { } parentId)
            {
                continue;
            }

            if (!byId.TryGetValue(parentId, out var parent))
            {
                errors.Add(File, row.Line, "parent_id", $"no unit '{parentId}' in {File}");
            }
            else if (row.Kind is { } kind && parent.Kind is { } parentKind && !AllowedParents[kind].Contains(parentKind))
            {
                errors.Add(File, row.Line, "parent_id",
                    $"'{row.Id}' ({kind.ToCode()}) cannot sit under '{parent.Id}' ({parentKind.ToCode()}): {WhereItSits(kind)}");
            }
        }
    }

    private static string WhereItSits(UnitKind kind) =>
        AllowedParents[kind] is { Length: > 0 } parents
            ? $"{kind.ToCode()} units sit under {string.Join(" or ", parents.Select(parent => parent.ToCode()))} units"
            : "a nation can only be the root";

    /// <summary>Reports every unit on a cycle once; a unit that only hangs below a cycle is not reported.</summary>
    private static void CheckCycles(List<Row> rows, Dictionary<UnitId, Row> byId, ImportErrors errors)
    {
        var finished = new HashSet<UnitId>();
        foreach (var start in rows)
        {
            var path = new List<Row>();
            var onPath = new Dictionary<UnitId, int>();
            var current = start;
            while (current is not null && !finished.Contains(current.Id) && onPath.TryAdd(current.Id, path.Count))
            {
                path.Add(current);
                current = current.Parent is { } parent ? byId.GetValueOrDefault(parent) : null;
            }

            if (current is not null && onPath.TryGetValue(current.Id, out var cycleStart))
            {
                var cycle = path.Skip(cycleStart).ToList();
                for (var i = 0; i < cycle.Count; i++)
                {
                    var fromHere = cycle.Skip(i).Concat(cycle.Take(i + 1)).Select(row => row.Id.Value);
                    errors.Add(File, cycle[i].Line, "parent_id",
                        $"'{cycle[i].Id}' is its own ancestor: {string.Join(" → ", fromHere)}");
                }
            }

            finished.UnionWith(onPath.Keys);
        }
    }

    private sealed record Row(int Line, UnitId Id, UnitId? Parent, UnitKind? Kind, string Name);
}
