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
    public async Task<ReconcileReport?> ReconcileAsync(int year, CancellationToken cancellationToken)
    {
        var states = await store.LoadStatesAsync(year, cancellationToken);
        if (states.Count == 0)
        {
            return null;
        }

        var waiting = await store.CountMailAsync(year, cancellationToken);
        var expected = YearRecomputation.Recompute(states, RuleSets.ForYear(year));
        var seen = new HashSet<UnitId>();
        await foreach (var stored in store.ReadSummariesAsync(year, cancellationToken))
        {
            seen.Add(stored.Unit);
            if (!expected.TryGetValue(stored.Unit, out var recomputed))
            {
                return new ReconcileReport(seen.Count, waiting, stored.Unit, "the read model has a unit that has no grain");
            }

            if (!stored.HasSameFiguresAs(recomputed))
            {
                return new ReconcileReport(seen.Count, waiting, stored.Unit, Describe(stored, recomputed));
            }
        }

        var missing = expected.Keys.FirstOrDefault(unit => !seen.Contains(unit));
        return missing.Value is null
            ? new ReconcileReport(seen.Count, waiting, null, waiting == 0 ? null : $"{waiting} messages are still waiting to be delivered")
            : new ReconcileReport(seen.Count, waiting, missing, "the unit has a grain but no read model");
    }

    private static string Describe(UnitSummary stored, UnitSummary recomputed)
    {
        var differences = new List<string>();
        Compare("level", stored.Level.ToCode(), recomputed.Level.ToCode());
        Compare("reasons", string.Join(", ", stored.Reasons.Select(r => r.Code)), string.Join(", ", recomputed.Reasons.Select(r => r.Code)));
        Compare("score", stored.Score, recomputed.Score);
        Compare("members", stored.Members, recomputed.Members);
        Compare("subtree", stored.Subtree, recomputed.Subtree);
        Compare("direct", stored.Direct, recomputed.Direct);
        Compare("tree", (stored.Parent, stored.Kind, stored.Name, stored.Depth), (recomputed.Parent, recomputed.Kind, recomputed.Name, recomputed.Depth));
        if (differences.Count == 0 && !stored.Reasons.SequenceEqual(recomputed.Reasons))
        {
            differences.Add("reason sentences differ");
        }

        return string.Join("; ", differences);

        void Compare<T>(string field, T storedValue, T recomputedValue)
        {
            if (!EqualityComparer<T>.Default.Equals(storedValue, recomputedValue))
            {
                differences.Add($"{field}: stored {storedValue}, recomputed {recomputedValue}");
            }
        }
    }
}
