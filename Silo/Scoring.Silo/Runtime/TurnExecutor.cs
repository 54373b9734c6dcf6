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

    public async Task<BatchOutcome> RunBatchAsync(CancellationToken cancellationToken)
    {
        using var activity = SiloTelemetry.ActivitySource.StartActivity("scoring.silo.batch");
        var started = Stopwatch.GetTimestamp();
        var outcome = await store.RunTurnBatchAsync(options.Value.BatchSize, Turn, cancellationToken);
        if (outcome.GrainsTurned == 0)
        {
            return outcome;
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

    /// <summary>Runs batches until no mail is left, reporting after each batch.</summary>
    public async Task<DrainProgress> DrainAsync(IProgress<DrainProgress>? progress, CancellationToken cancellationToken)
    {
        var total = new DrainProgress(0, 0, 0);
        while (true)
        {
            var outcome = await RunBatchAsync(cancellationToken);
            if (outcome.GrainsTurned == 0)
            {
                return total;
            }

            total = new DrainProgress(total.GrainsTurned + outcome.GrainsTurned, total.MailDelivered + outcome.MailDelivered, total.Batches + 1);
            progress?.Report(total);
        }
    }

    private TurnResult Turn(OrganizationState state, IReadOnlyList<GrainMessage> mail) =>
        _grains.GetOrAdd(state.Year, year => new OrganizationGrain(RuleSets.ForYear(year))).Turn(state, mail);
}
