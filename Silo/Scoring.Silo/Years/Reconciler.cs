using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Years;

/// <summary>
/// Recomputes every roll-up of a year from the grains' own inputs, bottom-up without mail, and compares it with
/// the read model the runtime wrote (ARCHITECTURE.md, invariant 1).
/// </summary>
public sealed class Reconciler(IGrainStore store)
{
    /// <summary>The comparison, or null when the year was never imported.</summary>
    public async Task<ReconcileReport?> ReconcileAsync(int year, CancellationToken cancellationToken)
    {
        var states = await store.LoadStatesAsync(year, cancellationToken);
        if (states.Count == 0)
        {
            return null;
        }

        var waiting = await store.CountMailAsync(year, cancellationToken);
        if (waiting > 0)
        {
            return new ReconcileReport(0, waiting, null, null);
        }

        var expected = YearRecomputation.Recompute(states, RuleSets.ForYear(year));
        var seen = new HashSet<UnitId>();
        await foreach (var stored in store.ReadSummariesAsync(year, cancellationToken))
        {
            seen.Add(stored.Unit);
            if (!expected.TryGetValue(stored.Unit, out var recomputed))
            {
                return new ReconcileReport(seen.Count, 0, stored.Unit, "the read model has a unit that has no grain");
            }

            if (stored.Differences(recomputed) is { Count: > 0 } differences)
            {
                return new ReconcileReport(seen.Count, 0, stored.Unit, $"stored, recomputed: {string.Join("; ", differences)}");
            }
        }

        var missing = expected.Keys.FirstOrDefault(unit => !seen.Contains(unit));
        return missing.Value is null
            ? new ReconcileReport(seen.Count, 0, null, null)
            : new ReconcileReport(seen.Count, 0, missing, "the unit has a grain but no read model");
    }
}
