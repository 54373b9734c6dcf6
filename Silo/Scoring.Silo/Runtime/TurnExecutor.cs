using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Runtime;

/// <summary>Runs turn batches against the store: each grain's turn picks the rules of its own year.</summary>
public sealed class TurnExecutor(
    IGrainStore store,
    IOptions<SiloOptions> options,
    SiloTelemetry telemetry,
    ILogger<TurnExecutor> logger)
{
    private readonly ConcurrentDictionary<int, OrganizationGrain> _grains = new();

    /// <summary>Runs one batch of one year's grains, or of any year's when <paramref name="year"/> is null.</summary>
    public async Task<BatchOutcome> RunBatchAsync(int? year, CancellationToken cancellationToken)
    {
        using var activity = SiloTelemetry.ActivitySource.StartActivity("scoring.silo.batch");
        var started = Stopwatch.GetTimestamp();
        var outcome = await store.RunTurnBatchAsync(options.Value.BatchSize, year, Turn, cancellationToken);
        if (!outcome.Claimed)
        {
            return outcome;
        }

        if (outcome.MailRejected > 0)
        {
            telemetry.MailRejected.Add(outcome.MailRejected);
            SiloLog.MailBuried(logger, outcome.MailRejected);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        activity?.SetTag("scoring.grains", outcome.GrainsTurned);
        telemetry.Batches.Add(1);
        telemetry.Turns.Add(outcome.GrainsTurned);
        telemetry.MailDelivered.Add(outcome.MailDelivered);
        telemetry.BatchDuration.Record(elapsed.TotalSeconds);
        SiloLog.BatchCommitted(logger, outcome.GrainsTurned, outcome.MailDelivered, outcome.ReportsSent, (long)elapsed.TotalMilliseconds);
        return outcome;
    }

    /// <summary>Runs batches of one year (or of all, when null) until it has no mail left, reporting after each batch.</summary>
    public async Task<DrainProgress> DrainAsync(int? year, IProgress<DrainProgress>? progress, CancellationToken cancellationToken)
    {
        var total = DrainProgress.None;
        while (true)
        {
            var outcome = await RunBatchAsync(year, cancellationToken);
            if (!outcome.Claimed)
            {
                return total;
            }

            total = new DrainProgress(
                total.GrainsTurned + outcome.GrainsTurned,
                total.MailDelivered + outcome.MailDelivered,
                total.Batches + 1,
                total.MailRejected + outcome.MailRejected);
            progress?.Report(total);
        }
    }

    private TurnResult Turn(OrganizationState state, IReadOnlyList<GrainMessage> mail) =>
        _grains.GetOrAdd(state.Year, year => new OrganizationGrain(RuleSets.ForYear(year))).Turn(state, mail);
}
