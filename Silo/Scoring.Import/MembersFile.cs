using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>Reads members.csv: the member tally of each unit that has members directly (DOMAIN.md §1, §4).</summary>
internal static class MembersFile
{
    private static readonly string[] Columns = [UnitColumn.Name, "htxsnv", "httnv", "htnv", "khtnv", "not_rated", "disciplined"];

    private static readonly CsvSchema Schema = new(ImportFiles.Members, Columns, Columns);

    public static Dictionary<UnitId, MemberTally> Read(TextReader text, UnitIndex? units, ImportErrors errors)
    {
        var tallies = new Dictionary<UnitId, MemberTally>();
        using var table = CsvTable.Open(text, Schema, errors);
        if (table is null)
        {
            return tallies;
        }

        var unitColumn = new UnitColumn(units);
        foreach (var record in table.Records())
        {
            var cells = new CellReader(record, errors);
            var unit = unitColumn.Read(record, cells);
            var htxsnv = cells.RequiredCount("htxsnv");
            var httnv = cells.RequiredCount("httnv");
            var htnv = cells.RequiredCount("htnv");
            var khtnv = cells.RequiredCount("khtnv");
            var notRated = cells.RequiredCount("not_rated");
            var disciplined = cells.RequiredCount("disciplined");

            if (disciplined > khtnv)
            {
                cells.Report("disciplined",
                    $"{disciplined} members were disciplined but only {khtnv} are rated KHTNV; a disciplined member is KHTNV");
            }

            if (unit is { } id && units is not null)
            {
                CheckMayHaveMembers(id, units, cells);
            }

            if (unit is { } rowUnit && htxsnv.HasValue && httnv.HasValue && htnv.HasValue && khtnv.HasValue
                && notRated.HasValue && disciplined.HasValue)
            {
                tallies[rowUnit] = new MemberTally(
                    htxsnv.Value, httnv.Value, htnv.Value, khtnv.Value, notRated.Value, disciplined.Value);
            }
        }

        return tallies;
    }

    /// <summary>Members sit directly only in a cell or in a chi bộ cơ sở, a grassroots unit with no child organizations.</summary>
    private static void CheckMayHaveMembers(UnitId id, UnitIndex units, CellReader cells)
    {
        if (units.KindOf(id) is { } kind and not (UnitKind.Cell or UnitKind.Grassroots))
        {
            cells.Report(UnitColumn.Name,
                $"unit '{id}' is of kind {kind.ToCode()}; only a cell, or a grassroots unit with no child organizations, has members directly");
        }
        else if (units.ChildOrganizations(id) is > 0 and var children)
        {
            cells.Report(UnitColumn.Name,
                $"unit '{id}' has {children} child organizations in {ImportFiles.Units}; its members are counted in their rows");
        }
    }
}
