using Scoring.GrainInterfaces;

namespace Scoring.Grains;

/// <summary>
/// Turns a year's validated tree into the grains' first states: depths, and for every child a pending
/// placeholder that already counts the child's whole subtree as pending, so reports during a run say how many
/// units are still to come.
/// </summary>
public static class YearTree
{
    /// <summary>The initial states, deepest first. The tree must have one root and no cycle.</summary>
    public static IReadOnlyList<OrganizationState> Build(int year, IReadOnlyList<UnitRecord> units)
    {
        var childrenOf = units
            .Where(u => u.Parent is not null)
            .GroupBy(u => u.Parent!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Id.Value, StringComparer.Ordinal).ToArray());
        var root = units.Single(u => u.Parent is null);

        var depthOf = new Dictionary<UnitId, int>(units.Count) { [root.Id] = 0 };
        var topDown = new List<UnitRecord>(units.Count) { root };
        for (var i = 0; i < topDown.Count; i++)
        {
            foreach (var child in childrenOf.GetValueOrDefault(topDown[i].Id, []))
            {
                depthOf[child.Id] = depthOf[topDown[i].Id] + 1;
                topDown.Add(child);
            }
        }

        var pendingBelow = new Dictionary<UnitId, KindTallies>(units.Count);
        var states = new List<OrganizationState>(units.Count);
        for (var i = topDown.Count - 1; i >= 0; i--)
        {
            var unit = topDown[i];
            var children = childrenOf.GetValueOrDefault(unit.Id, []);
            var below = KindTallies.Empty;
            var placeholders = new ChildReport[children.Length];
            for (var c = 0; c < children.Length; c++)
            {
                var child = children[c];
                var childBelow = pendingBelow[child.Id];
                below = below.Plus(childBelow).Add(child.Kind, Level.Pending);
                placeholders[c] = new ChildReport(child.Id, child.Kind, 0, Level.Pending, null, childBelow, MemberTally.Empty);
            }

            pendingBelow[unit.Id] = below;
            states.Add(new OrganizationState(
                year, unit.Id, unit.Kind, unit.Name, unit.Parent, depthOf[unit.Id], 0, null, null, placeholders));
        }

        return states;
    }
}
