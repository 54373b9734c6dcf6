using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Years;

/// <summary>
/// Recomputes every roll-up of a year from the grains' own inputs, bottom-up without mail, and compares it with
/// the read model the runtime wrote (ARCHITECTURE.md, invariant 1), from one snapshot of the store.
/// </summary>
public sealed class Reconciler(IGrainStore store)
{
    /// <summary>The comparison, or null when the year was never imported.</summary>
    public async Task<ReconcileReport?> ReconcileAsync(int year, CancellationToken cancellationToken)
    {
        var snapshot = await store.ReadYearAsync(year, cancellationToken);
        if (snapshot.States.Count == 0)
        {
            return null;
        }

        if (snapshot.MailWaiting > 0)
        {
            return new ReconcileReport(0, snapshot.MailWaiting, snapshot.DeadMail, null, null);
        }

        var expected = YearRecomputation.Recompute(snapshot.States, RuleSets.ForYear(year));
        var versions = snapshot.States.ToDictionary(s => s.Unit, s => s.Version);
        var checkedUnits = 0;
        // Deepest first, so the first mismatch named is where a difference starts, not an ancestor it reached.
        foreach (var stored in snapshot.Summaries.OrderByDescending(s => s.Depth).ThenBy(s => s.Unit.Value, StringComparer.Ordinal))
        {
            checkedUnits++;
            if (Mismatch(stored, expected, versions) is { } difference)
            {
                return new ReconcileReport(checkedUnits, 0, snapshot.DeadMail, stored.Unit, difference);
            }
        }

        var missing = expected.Keys.Except(snapshot.Summaries.Select(s => s.Unit)).FirstOrDefault();
        return missing.Value is null
            ? new ReconcileReport(checkedUnits, 0, snapshot.DeadMail, null, null)
            : new ReconcileReport(checkedUnits, 0, snapshot.DeadMail, missing, "the unit has a grain but no read model");
    }

    private static string? Mismatch(
        StoredSummary stored, IReadOnlyDictionary<UnitId, UnitSummary> expected, Dictionary<UnitId, long> versions)
    {
        var summary = stored.Summary;
        if (!expected.TryGetValue(stored.Unit, out var recomputed))
        {
            return "the read model has a unit that has no grain";
        }

        // The columns the Gateway queries on must say what the summary says.
        if (summary.Unit != stored.Unit || summary.Parent != stored.Parent || summary.Depth != stored.Depth || summary.Version != stored.Version)
        {
            return $"the row's columns (unit {stored.Unit}, parent {stored.Parent}, depth {stored.Depth}, version {stored.Version}) " +
                $"differ from its summary (unit {summary.Unit}, parent {summary.Parent}, depth {summary.Depth}, version {summary.Version})";
        }

        if (summary.Version != versions[stored.Unit])
        {
            return $"the read model is at version {summary.Version} and the grain at {versions[stored.Unit]}";
        }

        return summary.HasSameFiguresAs(recomputed)
            ? null
            : $"stored, recomputed: {string.Join("; ", summary.Differences(recomputed))}";
    }
}
