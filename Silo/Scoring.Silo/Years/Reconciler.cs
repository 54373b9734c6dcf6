using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Years;

/// <summary>
/// Recomputes every roll-up of a year from the grains' own inputs, bottom-up without any report, and compares it
/// with what each grain reports from the children's reports it kept (ARCHITECTURE.md, invariant 1), from one
/// snapshot of the store.
/// </summary>
public sealed class Reconciler(IScoringStore store)
{
    /// <summary>The comparison, or null when the year was never rated.</summary>
    public async Task<ReconcileReport?> ReconcileAsync(int year, CancellationToken cancellationToken)
    {
        var snapshot = await store.ReadYearAsync(year, cancellationToken);
        if (snapshot.Organizations.Count == 0)
        {
            return null;
        }

        var rules = RuleSets.ForYear(year);
        var states = snapshot.States.ToList();
        IReadOnlyDictionary<UnitId, UnitSummary> expected;
        try
        {
            expected = YearRecomputation.Recompute(states, rules);
        }
        catch (InvalidOperationException exception)
        {
            return new ReconcileReport(0, snapshot.DeadMail, states[0].Unit, exception.Message);
        }

        var checkedUnits = 0;
        // Deepest first, so the first mismatch named is where a difference starts, not an ancestor it reached.
        foreach (var state in states.OrderByDescending(s => s.Depth).ThenBy(s => s.Unit.Value, StringComparer.Ordinal))
        {
            checkedUnits++;
            var stored = RollUp.Summarize(state, rules);
            if (!stored.HasSameFiguresAs(expected[state.Unit]))
            {
                return new ReconcileReport(
                    checkedUnits, snapshot.DeadMail, state.Unit, $"stored, recomputed: {string.Join("; ", stored.Differences(expected[state.Unit]))}");
            }
        }

        return new ReconcileReport(checkedUnits, snapshot.DeadMail, null, null);
    }
}
