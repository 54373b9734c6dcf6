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
        if (CsvTable.Read(text, Schema, errors) is not { } records)
        {
            return tallies;
        }

        var unitColumn = new UnitColumn(units);
        foreach (var record in records)
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

            if (unit is { } id && units?.ChildOrganizations(id) is > 0 and var children)
            {
                cells.Report(UnitColumn.Name,
                    $"unit '{id}' has {children} child organizations in {ImportFiles.Units}; its members are counted in their rows");
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
}
