using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains;

/// <summary>
/// Rates a whole year from scratch, bottom-up over the tree, without mail: what every unit's roll-up must equal
/// once the mail has drained (ARCHITECTURE.md, invariant 1).
/// </summary>
public static class YearRecomputation
{
    /// <summary>Rates a year from its imported files.</summary>
    public static IReadOnlyDictionary<UnitId, UnitSummary> Recompute(
        int year,
        IReadOnlyList<UnitRecord> units,
        IReadOnlyDictionary<UnitId, Assessment> assessments,
        IReadOnlyDictionary<UnitId, MemberTally> members)
    {
        var states = YearTree.Build(year, units)
            .Select(s => s with { Assessment = assessments.GetValueOrDefault(s.Unit), Members = members.GetValueOrDefault(s.Unit) })
            .ToList();
        return Recompute(states, RuleSets.ForYear(year));
    }

    /// <summary>
    /// Rates a year from the grains' stored inputs, ignoring the child reports they hold. Versions in the result
    /// are the stored ones; compare with <see cref="UnitSummary.HasSameFiguresAs"/>.
    /// </summary>
    public static IReadOnlyDictionary<UnitId, UnitSummary> Recompute(IReadOnlyList<OrganizationState> states, IRuleSet rules)
    {
        var summaries = new Dictionary<UnitId, UnitSummary>(states.Count);
        foreach (var state in states.OrderByDescending(s => s.Depth))
        {
            var children = state.Children
                .Select(c => summaries.TryGetValue(c.Child, out var child)
                    ? RollUp.ToReport(child)
                    : throw new InvalidOperationException($"Unit {c.Child} under {state.Unit} has no state of its own."))
                .ToArray();
            summaries[state.Unit] = RollUp.Summarize(state with { Children = children }, rules);
        }

        return summaries;
    }
}
