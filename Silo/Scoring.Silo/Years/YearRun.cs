using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;
using Scoring.Import;
using Scoring.Silo.Runtime;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Years;

/// <summary>
/// Delivers a year's folder to its grains, deepest level first: every unit gets its placement, its own inputs
/// and all of its children's reports in one call, persists once, and answers with its report, which goes to its
/// parent in the next level's call. No chain of awaited calls reaches the root, and each grain is written at most
/// once a run. The folder is the whole truth about the year's inputs, so every run sends all of it: a grain that
/// already holds an input changes nothing, and a run started again after any crash completes to the same year.
/// New units without children (most of a year: its cells) are written by the run itself, with the same pure turn,
/// before any grain is called (<see cref="PlaceNewLeavesAsync"/>).
/// </summary>
public sealed class YearRun(
    IGrainFactory grains, IScoringStore store, IOptions<YearRunOptions> options, SiloTelemetry telemetry, ILogger<YearRun> logger)
{
    /// <summary>Calls in flight at once: enough to keep every silo busy and the grain storage's batches full.</summary>
    private const int CallsInFlight = 512;

    /// <summary>New units without children written in one transaction: the grain storage's largest batch.</summary>
    private const int LeavesPerWrite = 2_000;

    /// <summary>
    /// Reads what the year's grains hold before a folder already read (<see cref="YearImporter.ReadFolder"/>) is
    /// delivered. The folder's tree may differ from the stored one: units moved, added and removed are delivered as
    /// such. A stored row that holds another unit's state is a damaged store (<see cref="InvalidDataException"/>).
    /// </summary>
    public async Task<CheckedFolder> CheckTreeAsync(YearImport import, CancellationToken cancellationToken)
    {
        var rows = (await store.ReadYearAsync(import.Year, cancellationToken)).Organizations;
        if (rows.FirstOrDefault(row => !row.IsOwnState) is { } damaged)
        {
            throw new InvalidDataException(
                $"The stored row of {damaged.Year}/{damaged.Unit} holds the state of {damaged.State.Year}/{damaged.State.Unit}; the store is damaged.");
        }

        return new CheckedFolder(import, rows.ToDictionary(row => row.State.Unit, row => row.State), []);
    }

    /// <summary>
    /// Writes the first state of every unit that has no children in the folder's tree and no stored row, computed by
    /// the same pure turn its grain would run (<see cref="OrganizationTurn"/>), many rows to a transaction, and keeps
    /// their reports for their parents. No grain is called, so this may run while the silo starts. It begins the
    /// delivery: the year is registered and its dead mail forgotten, as every input is delivered again.
    /// <para>
    /// It is safe because a row that does not exist has no activation that holds it: a grain whose unit has no row
    /// answers and leaves memory (<see cref="OrganizationGrain"/>), and a row is only ever inserted where none is, so
    /// nothing a grain wrote is overwritten. A unit the store refuses (its row appeared meanwhile), a write that fails,
    /// or inputs the turn refuses are left to the unit's grain, which tries again and sets refused inputs aside as the
    /// grains' path always has.
    /// </para>
    /// </summary>
    /// <param name="progress">Counts the new units without children written, of all of them.</param>
    public async Task<LeafPlacement> PlaceNewLeavesAsync(CheckedFolder folder, IProgress<DeliveryProgress>? progress, CancellationToken cancellationToken)
    {
        var import = folder.Import ?? throw new ArgumentException("The folder did not pass its check.", nameof(folder));
        await store.RegisterYearAsync(import.Year, RuleSets.ForYear(import.Year).Name, cancellationToken);
        await store.ClearDeadMailAsync(import.Year, cancellationToken);
        var tree = YearTree.Build(import.Year, import.Units);
        var records = import.Units.ToDictionary(u => u.Id);
        var held = HeldVersions(folder.Stored.Values);
        var leaves = tree.Where(unit => unit.Children.Count == 0 && !folder.Stored.ContainsKey(unit.Unit)).ToArray();
        var reports = new Dictionary<UnitId, ChildReport>(leaves.Length);
        if (leaves.Length == 0)
        {
            return new LeafPlacement(tree, records, held, reports);
        }

        using var activity = SiloTelemetry.ActivitySource.StartActivity("scoring.year.place_leaves");
        activity?.SetTag("scoring.year", import.Year);
        activity?.SetTag("scoring.units", leaves.Length);
        var turn = new OrganizationTurn(RuleSets.ForYear(import.Year));
        Task<PlacedChunk>? writing = null;
        var written = 0;
        for (var start = 0; start < leaves.Length; start += LeavesPerWrite)
        {
            // The next chunk's turns run while the previous chunk is at the store.
            var chunk = leaves.AsMemory(start, Math.Min(LeavesPerWrite, leaves.Length - start));
            var turned = TurnLeaves(turn, import, records, held, chunk);
            if (writing is not null)
            {
                Keep(await writing);
            }

            // On a thread of its own: SQLite's calls are synchronous, and the next chunk's turns go on meanwhile.
            var length = chunk.Length;
            writing = Task.Run(() => WriteLeavesAsync(import.Year, length, turned, cancellationToken), cancellationToken);
        }

        Keep(await writing!);
        telemetry.LeavesPlaced.Add(reports.Count);
        return new LeafPlacement(tree, records, held, reports);

        void Keep(PlacedChunk placed)
        {
            foreach (var report in placed.Reports)
            {
                reports[report.Child] = report;
            }

            written += placed.Leaves;
            progress?.Report(new DeliveryProgress(written, leaves.Length));
        }
    }

    /// <summary>Delivers a checked folder; progress counts the units delivered.</summary>
    /// <param name="leaves">The folder's new units without children already written (null: they are written first).</param>
    public async Task<ImportOutcome> DeliverAsync(
        CheckedFolder folder, LeafPlacement? leaves, IProgress<DeliveryProgress>? progress, CancellationToken cancellationToken)
    {
        if (folder.Import is not { } import)
        {
            return ImportOutcome.Failed(folder.Errors);
        }

        leaves ??= await PlaceNewLeavesAsync(folder, progress: null, cancellationToken);
        var tree = YearTreeDifference.Between(folder.Stored, import.Units);
        var delivered = await DeliverAsync(import, folder.Stored, leaves, progress, cancellationToken);
        // Only now that every parent holds its children in the new tree: a removed unit is in no roll-up any more.
        await RemoveAsync(import, folder.Stored.Keys, cancellationToken);
        var changes = InputChanges.Between(folder.Stored, import);
        if (DecisionTrail(folder.Stored, import) is { Length: > 0 } trail)
        {
            await store.RecordDecisionsAsync(trail, cancellationToken);
        }

        return new ImportOutcome(
            [],
            import.Year,
            import.Units.Single(u => u.Parent is null).Id,
            import.Units.Count,
            TreeCreated: folder.Stored.Count == 0,
            changes.Renamed,
            changes.Assessments,
            changes.MemberTallies,
            changes.Decisions,
            changes.Withdrawn,
            delivered.Turns,
            leaves.Reports.Count,
            delivered.Changed,
            delivered.LevelsChanged,
            delivered.Refused,
            tree);
    }

    /// <summary>
    /// The pure turns of a chunk of new leaves, side by side, each with its stored form and its report; a leaf whose
    /// turn fails (inputs it refuses, or anything else) is left out, for its grain.
    /// </summary>
    private static TurnedLeaf[] TurnLeaves(
        OrganizationTurn turn, YearImport import, Dictionary<UnitId, UnitRecord> records, Dictionary<UnitId, long> held, ReadOnlyMemory<OrganizationState> chunk)
    {
        var turned = new TurnedLeaf?[chunk.Length];
        Parallel.For(0, chunk.Length, i =>
        {
            var unit = chunk.Span[i];
            try
            {
                var result = turn.Turn(null, MailFor(import, records[unit.Unit], unit, NoReports, held.GetValueOrDefault(unit.Unit)));
                turned[i] = new TurnedLeaf(new OrganizationWrite(result.State, ExpectedETag: null), RollUp.ToReport(result.Summary));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Whatever the turn refuses or fails at, the unit's grain meets again, and sets aside as dead mail.
                turned[i] = null;
            }
        });
        return turned.OfType<TurnedLeaf>().ToArray();
    }

    /// <summary>
    /// Writes new leaves' first states in one transaction, each only where no row is. A leaf whose write does not hold,
    /// or a chunk the store fails, is left to its grain (logged, not thrown: the grains' path tries again).
    /// </summary>
    private async Task<PlacedChunk> WriteLeavesAsync(int year, int tried, TurnedLeaf[] leaves, CancellationToken cancellationToken)
    {
        IReadOnlyList<OrganizationWriteResult> written;
        var started = Stopwatch.GetTimestamp();
        try
        {
            written = await store.WriteOrganizationsAsync(leaves.Select(leaf => leaf.Write).ToArray(), cancellationToken);
            telemetry.WritesCommitted(written.Count(w => w.ETag is not null), Stopwatch.GetElapsedTime(started));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SiloLog.LeavesNotPlaced(logger, leaves.Length, year, exception.Message);
            return new PlacedChunk(tried, []);
        }

        return new PlacedChunk(tried, leaves.Where((_, i) => written[i].ETag is not null).Select(leaf => leaf.Report).ToArray());
    }

    /// <summary>The decision trail of an import: one entry per unit whose decision the folder records, replaces or withdraws.</summary>
    private static DecisionAudit[] DecisionTrail(IReadOnlyDictionary<UnitId, OrganizationState> stored, YearImport import)
    {
        if (import.Decisions is not { } decisions)
        {
            return [];
        }

        var at = DateTimeOffset.UtcNow;
        return import.Units
            .Select(unit => (unit.Id, Before: stored.GetValueOrDefault(unit.Id)?.Decision, After: decisions.GetValueOrDefault(unit.Id)))
            .Where(change => !Equals(change.Before, change.After))
            .Select(change => new DecisionAudit(import.Year, change.Id, at, Environment.UserName, DecisionSources.Import, change.After, change.Before))
            .ToArray();
    }

    private async Task<Delivery> DeliverAsync(
        YearImport import,
        IReadOnlyDictionary<UnitId, OrganizationState> stored,
        LeafPlacement leaves,
        IProgress<DeliveryProgress>? progress,
        CancellationToken cancellationToken)
    {
        var rules = RuleSets.ForYear(import.Year);
        using var activity = SiloTelemetry.ActivitySource.StartActivity("scoring.year.deliver");
        activity?.SetTag("scoring.year", import.Year);
        activity?.SetTag("scoring.units", import.Units.Count);
        var (records, held) = (leaves.Records, leaves.HeldVersions);
        var reports = new ConcurrentDictionary<UnitId, ChildReport>(leaves.Reports);
        // A new unit has no level before this run, so only its figures changed.
        var changed = new ConcurrentQueue<UnitId>(leaves.Reports.Keys);
        var levelsChanged = new ConcurrentQueue<LevelChange>();
        var refused = new ConcurrentQueue<DeadLetter>();
        long turns = 0;
        var done = leaves.Reports.Count;
        progress?.Report(new DeliveryProgress(done, import.Units.Count));
        foreach (var level in leaves.Tree.Where(unit => !leaves.Reports.ContainsKey(unit.Unit)).GroupBy(s => s.Depth).OrderByDescending(g => g.Key))
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = CallsInFlight, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(level, options, async (unit, token) =>
            {
                if (stored.TryGetValue(unit.Unit, out var own) && Holds(own, import, records[unit.Unit], unit, reports))
                {
                    // Its grain holds all of this already: its report is the one it last persisted, and no call is needed.
                    reports[unit.Unit] = RollUp.ToReport(RollUp.Summarize(own, rules));
                    progress?.Report(new DeliveryProgress(Interlocked.Increment(ref done), import.Units.Count));
                    return;
                }

                var mail = MailFor(import, records[unit.Unit], unit, reports, own is null ? held.GetValueOrDefault(unit.Unit) : 0);
                var (outcome, letter) = await TurnAsync(import.Year, unit.Unit, mail, token);
                Interlocked.Increment(ref turns);
                if (outcome is not null)
                {
                    reports[unit.Unit] = outcome.Report;
                    if (outcome.Changed)
                    {
                        changed.Enqueue(unit.Unit);
                        if (own is not null && RollUp.Summarize(own, rules).Level is var before && before != outcome.Report.Level)
                        {
                            levelsChanged.Enqueue(new LevelChange(unit.Unit, unit.Depth, before, outcome.Report.Level));
                        }
                    }
                }
                else
                {
                    refused.Enqueue(letter!);
                }

                progress?.Report(new DeliveryProgress(Interlocked.Increment(ref done), import.Units.Count));
            });
        }

        telemetry.Turns.Add(turns);
        if (!refused.IsEmpty)
        {
            telemetry.MailRejected.Add(refused.Count);
            await store.RecordDeadMailAsync(import.Year, refused.ToArray(), cancellationToken);
        }

        var levels = levelsChanged.OrderBy(c => c.Depth).ThenBy(c => c.Unit.Value, StringComparer.Ordinal).ToArray();
        return new Delivery(turns, changed.ToArray(), levels, refused.Select(l => l.Unit).ToArray());
    }

    /// <summary>
    /// Whether a unit's stored state already holds everything this delivery would bring it: its place in the tree
    /// (parent, kind, depth and the same children), its name, its inputs, its decision and targets (when the folder
    /// has them), and a report of each child at least as new as the one this run has. Then a turn would change
    /// nothing, and only the rows that changed (and the units above them) travel.
    /// </summary>
    private static bool Holds(
        OrganizationState held, YearImport import, UnitRecord record, OrganizationState placed, ConcurrentDictionary<UnitId, ChildReport> reports) =>
        held.Name == record.Name
        && held.Parent == record.Parent
        && held.Kind == record.Kind
        && held.Depth == placed.Depth
        && Equals(held.Assessment, import.Assessments.GetValueOrDefault(record.Id))
        && Equals(held.Members, import.Members.GetValueOrDefault(record.Id))
        && (import.Decisions is null || Equals(held.Decision, import.Decisions.GetValueOrDefault(record.Id)))
        && (import.Targets is null || (held.Targets ?? []).SequenceEqual(TargetsOf(import, record)))
        && SameChildren(held.Children, placed.Children)
        && held.Children.All(child => !reports.TryGetValue(child.Child, out var report) || report.Version <= child.Version);

    /// <summary>The folder's targets that apply to a unit of this kind (the file's rows are already the year's).</summary>
    private static Target[] TargetsOf(YearImport import, UnitRecord record) =>
        import.Targets is { } targets ? targets.Where(t => t.AppliesTo == record.Kind).ToArray() : [];

    private static bool SameChildren(IReadOnlyList<ChildReport> held, IReadOnlyList<ChildReport> placed) =>
        held.Count == placed.Count && held.Select(c => c.Child).ToHashSet().SetEquals(placed.Select(c => c.Child));

    /// <summary>
    /// Deletes the stored rows of the units the folder no longer has, through their grains, which leave memory too.
    /// A failure is tried again as a turn is; one that persists fails the run, and running the folder again finishes it.
    /// </summary>
    private async Task RemoveAsync(YearImport import, IEnumerable<UnitId> stored, CancellationToken cancellationToken)
    {
        var kept = import.Units.Select(u => u.Id).ToHashSet();
        var removed = stored.Where(unit => !kept.Contains(unit)).ToArray();
        var retry = options.Value;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = CallsInFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(removed, parallel, async (unit, token) =>
        {
            var grain = grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(import.Year, unit));
            DateTime? giveUpAt = null;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await grain.RemoveAsync().WaitAsync(token);
                    return;
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    SiloLog.RemovalFailed(logger, unit.Value, import.Year, attempt, exception.Message);
                    giveUpAt ??= DateTime.UtcNow.AddSeconds(retry.GiveUpAfterSeconds);
                    if (DateTime.UtcNow >= giveUpAt)
                    {
                        throw;
                    }

                    await Task.Delay(retry.DelayAfter(attempt), token);
                }
            }
        });
    }

    /// <summary>
    /// The newest version of each unit's report that a stored unit holds. A unit without a row of its own (lost, and
    /// rebuilt by this run) starts above it, or its parent would keep the old report as the newer one.
    /// </summary>
    private static Dictionary<UnitId, long> HeldVersions(IEnumerable<OrganizationState> stored)
    {
        var held = new Dictionary<UnitId, long>();
        foreach (var report in stored.SelectMany(state => state.Children))
        {
            if (report.Version > held.GetValueOrDefault(report.Child))
            {
                held[report.Child] = report.Version;
            }
        }

        return held;
    }

    /// <summary>The unit's placement, its inputs or their withdrawal, and the report of every child that has one.</summary>
    private static GrainMessage[] MailFor(
        YearImport import, UnitRecord record, OrganizationState initial, IReadOnlyDictionary<UnitId, ChildReport> reports, long versionFloor)
    {
        var mail = new List<GrainMessage>(initial.Children.Count + 5)
        {
            new UnitPlaced(import.Year, record, initial.Depth, initial.Children.ToArray(), versionFloor),
            import.Assessments.TryGetValue(record.Id, out var assessment) ? new AssessmentSubmitted(assessment) : new AssessmentWithdrawn(),
            import.Members.TryGetValue(record.Id, out var members) ? new MembersSubmitted(members) : new MembersWithdrawn(),
        };
        if (import.Decisions is { } decisions)
        {
            mail.Add(decisions.TryGetValue(record.Id, out var decision) ? new DecisionRecorded(decision) : new DecisionWithdrawn());
        }

        if (import.Targets is not null)
        {
            mail.Add(new TargetsSet(TargetsOf(import, record)));
        }

        foreach (var child in initial.Children)
        {
            if (reports.TryGetValue(child.Child, out var report))
            {
                mail.Add(new ChildReported(report));
            }
        }

        return mail.ToArray();
    }

    /// <summary>
    /// One unit's turn. A failure underneath the call is tried again after a pause, for as long as the options allow;
    /// a unit that refuses its inputs (or still fails then) is answered with a dead letter instead, and the year goes on.
    /// </summary>
    private async Task<(TurnOutcome? Outcome, DeadLetter? Letter)> TurnAsync(int year, UnitId unit, GrainMessage[] mail, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(year, unit));
        var retry = options.Value;
        DateTime? giveUpAt = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await grain.TurnAsync(mail).WaitAsync(cancellationToken), null);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                SiloLog.TurnFailed(logger, unit.Value, year, attempt, exception.Message);
                // A refusal fails the same way every time; anything else (a silo that died, a timeout, the database) may pass later.
                giveUpAt ??= DateTime.UtcNow.AddSeconds(retry.GiveUpAfterSeconds);
                if (exception is UnitRefusedException || DateTime.UtcNow >= giveUpAt)
                {
                    return (null, DeadLetterFor(unit, mail, exception));
                }

                await Task.Delay(retry.DelayAfter(attempt), cancellationToken);
            }
        }
    }

    private static DeadLetter DeadLetterFor(UnitId unit, GrainMessage[] mail, Exception exception) => new(
        0,
        unit,
        string.Join(", ", mail.Select(m => m.GetType().Name).Distinct()),
        JsonSerializer.Serialize(mail, ScoringJson.Stored),
        $"{exception.GetType().Name}: {exception.Message}",
        DateTimeOffset.UtcNow);

    private static readonly IReadOnlyDictionary<UnitId, ChildReport> NoReports = new Dictionary<UnitId, ChildReport>();

    /// <summary>A new leaf's first state, ready for the store, and the report its parent will be handed.</summary>
    private sealed record TurnedLeaf(OrganizationWrite Write, ChildReport Report);

    /// <summary>A chunk of new leaves after the store: how many it had, and the reports of those written.</summary>
    private sealed record PlacedChunk(int Leaves, IReadOnlyList<ChildReport> Reports);

    private sealed record Delivery(long Turns, IReadOnlyList<UnitId> Changed, IReadOnlyList<LevelChange> LevelsChanged, IReadOnlyList<UnitId> Refused);
}
