using System.Collections.Concurrent;
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
/// </summary>
public sealed class YearRun(
    IGrainFactory grains, IScoringStore store, IOptions<YearRunOptions> options, SiloTelemetry telemetry, ILogger<YearRun> logger)
{
    /// <summary>Calls in flight at once: enough to keep every silo busy and the grain storage's batches full.</summary>
    private const int CallsInFlight = 512;

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

    /// <summary>Delivers a checked folder; progress counts the units delivered.</summary>
    public async Task<ImportOutcome> DeliverAsync(CheckedFolder folder, IProgress<DeliveryProgress>? progress, CancellationToken cancellationToken)
    {
        if (folder.Import is not { } import)
        {
            return ImportOutcome.Failed(folder.Errors);
        }

        await store.RegisterYearAsync(import.Year, RuleSets.ForYear(import.Year).Name, cancellationToken);
        await store.ClearDeadMailAsync(import.Year, cancellationToken);
        var tree = YearTreeDifference.Between(folder.Stored, import.Units);
        var delivered = await DeliverAsync(import, folder.Stored, progress, cancellationToken);
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
            delivered.Changed,
            delivered.LevelsChanged,
            delivered.Refused,
            tree);
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
        IProgress<DeliveryProgress>? progress,
        CancellationToken cancellationToken)
    {
        var rules = RuleSets.ForYear(import.Year);
        using var activity = SiloTelemetry.ActivitySource.StartActivity("scoring.year.deliver");
        activity?.SetTag("scoring.year", import.Year);
        activity?.SetTag("scoring.units", import.Units.Count);
        var records = import.Units.ToDictionary(u => u.Id);
        var held = HeldVersions(stored.Values);
        var reports = new ConcurrentDictionary<UnitId, ChildReport>();
        var changed = new ConcurrentQueue<UnitId>();
        var levelsChanged = new ConcurrentQueue<LevelChange>();
        var refused = new ConcurrentQueue<DeadLetter>();
        long turns = 0;
        var done = 0;
        foreach (var level in YearTree.Build(import.Year, import.Units).GroupBy(s => s.Depth).OrderByDescending(g => g.Key))
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
        YearImport import, UnitRecord record, OrganizationState initial, ConcurrentDictionary<UnitId, ChildReport> reports, long versionFloor)
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

    private sealed record Delivery(long Turns, IReadOnlyList<UnitId> Changed, IReadOnlyList<LevelChange> LevelsChanged, IReadOnlyList<UnitId> Refused);
}
