using System.Collections.Concurrent;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;

namespace Scoring.Gateway.Api;

/// <summary>
/// The ids and names of each year's units, kept in memory for search and read from the store again once they are a
/// minute old: a tree changes only when a year is imported, and a search should not read every unit's state.
/// </summary>
public sealed class UnitDirectory(IScoringStore store)
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, Listing> _years = new();

    /// <summary>The year's units, root first; empty when the year has none (never imported or not yet rated).</summary>
    public async Task<IReadOnlyList<Entry>> UnitsAsync(int year, CancellationToken cancellationToken)
    {
        if (_years.TryGetValue(year, out var kept) && TimeProvider.System.GetElapsedTime(kept.ReadAt) < FreshFor)
        {
            return kept.Entries;
        }

        var readAt = TimeProvider.System.GetTimestamp();
        var entries = Index(await store.ListUnitsAsync(year, cancellationToken));
        // A year without units yet is not kept: its import may be on its way.
        if (entries.Count > 0)
        {
            _years[year] = new Listing(entries, readAt);
        }

        return entries;
    }

    private static List<Entry> Index(IReadOnlyList<UnitRecord> units)
    {
        // Root first, so each unit's parent has its ancestors already.
        var ancestry = new Dictionary<UnitId, IReadOnlyList<UnitId>>(units.Count);
        var entries = new List<Entry>(units.Count);
        foreach (var unit in units)
        {
            IReadOnlyList<UnitId> ancestors = unit.Parent is { } parent && ancestry.TryGetValue(parent, out var above) ? [.. above, parent] : [];
            ancestry[unit.Id] = ancestors;
            entries.Add(new Entry(unit, ancestors, SearchText.Fold(unit.Id.Value), SearchText.Fold(unit.Name)));
        }

        return entries;
    }

    /// <summary>A unit with the ids of its ancestors (root first) and its id and name as search compares them.</summary>
    public sealed record Entry(UnitRecord Unit, IReadOnlyList<UnitId> Ancestors, string FoldedId, string FoldedName);

    private sealed record Listing(IReadOnlyList<Entry> Entries, long ReadAt);
}
