using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Years;

/// <summary>
/// How an imported tree differs from the one a year's grains hold. The stored tree is what the rows say: each
/// stored unit's own parent and kind, and the children each stored parent lists (a run that stopped midway has
/// stored only the deeper units, whose parents are still to come). A unit that the rows do not name at all counts
/// as added.
/// </summary>
internal static class YearTreeDifference
{
    public static TreeChanges Between(IReadOnlyDictionary<UnitId, OrganizationState> stored, IReadOnlyList<UnitRecord> imported)
    {
        if (stored.Count == 0)
        {
            return TreeChanges.None;
        }

        var known = new Dictionary<UnitId, (UnitId? Parent, UnitKind Kind)>(stored.Count);
        foreach (var state in stored.Values)
        {
            known[state.Unit] = (state.Parent, state.Kind);
        }

        // Units known only as some stored unit's parent: in the tree, with their own place still to be stored.
        var parentsOnly = new HashSet<UnitId>();
        foreach (var state in stored.Values)
        {
            foreach (var child in state.Children)
            {
                known.TryAdd(child.Child, (state.Unit, child.Kind));
            }

            if (state.Parent is { } parent)
            {
                parentsOnly.Add(parent);
            }
        }

        parentsOnly.ExceptWith(known.Keys);

        int moved = 0, kindChanged = 0, added = 0;
        var ids = new HashSet<UnitId>(imported.Count);
        foreach (var unit in imported)
        {
            ids.Add(unit.Id);
            if (!known.TryGetValue(unit.Id, out var before))
            {
                added += parentsOnly.Contains(unit.Id) ? 0 : 1;
                continue;
            }

            if (before.Parent != unit.Parent)
            {
                moved++;
            }

            if (before.Kind != unit.Kind)
            {
                kindChanged++;
            }
        }

        return new TreeChanges(moved, kindChanged, added, known.Keys.Concat(parentsOnly).Count(unit => !ids.Contains(unit)));
    }
}
