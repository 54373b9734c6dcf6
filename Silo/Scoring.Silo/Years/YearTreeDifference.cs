using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Import;

namespace Scoring.Silo.Years;

/// <summary>
/// How an imported tree differs from the one a year was rated in: names may change, nothing else yet. A run
/// that stopped midway has stored only some units; the rest are still to come, and each stored parent already
/// lists all of its children, so an added unit still shows.
/// </summary>
internal static class YearTreeDifference
{
    public static ImportError? Between(IReadOnlyDictionary<UnitId, OrganizationState> stored, IReadOnlyList<UnitRecord> imported)
    {
        var year = stored.Values.First().Year;
        var lines = new Dictionary<UnitId, int>(imported.Count);
        for (var i = 0; i < imported.Count; i++)
        {
            lines[imported[i].Id] = i + 2;
        }

        foreach (var unit in imported)
        {
            if (stored.TryGetValue(unit.Id, out var before))
            {
                if (before.Parent != unit.Parent)
                {
                    return TreeChanged(lines[unit.Id], "parent_id", $"unit '{unit.Id}' was under '{before.Parent?.Value ?? "(root)"}' and is now under '{unit.Parent?.Value ?? "(root)"}'");
                }

                if (before.Kind != unit.Kind)
                {
                    return TreeChanged(lines[unit.Id], "kind", $"unit '{unit.Id}' was {before.Kind.ToCode()} and is now {unit.Kind.ToCode()}");
                }
            }

            if (unit.Parent is { } parent && stored.TryGetValue(parent, out var storedParent) && storedParent.Children.All(c => c.Child != unit.Id))
            {
                return TreeChanged(lines[unit.Id], "id", $"unit '{unit.Id}' is not in the stored tree of {year}");
            }
        }

        var missing = stored.Keys.Where(unit => !lines.ContainsKey(unit)).ToList();
        return missing.Count == 0
            ? null
            : TreeChanged(0, null, $"unit '{missing[0]}' of the stored tree is missing ({missing.Count} in all)");
    }

    private static ImportError TreeChanged(int line, string? column, string what) =>
        new(ImportFiles.Units, line, column, $"{what}; moving, adding or removing units of an imported year is not supported yet.");
}
