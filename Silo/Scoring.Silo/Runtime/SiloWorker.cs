using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Scoring.Silo.Runtime;

/// <summary>
/// A silo hosted in a long-running process: it claims batches of any year while there is mail and polls when idle.
/// A failed batch rolls back, so its mail is simply delivered again; failures in a row back off, up to a minute.
/// </summary>
public sealed class SiloWorker(TurnExecutor executor, IOptions<SiloOptions> options, ILogger<SiloWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SiloLog.WorkerStarted(logger, options.Value.BatchSize);
        var idle = TimeSpan.FromMilliseconds(options.Value.IdlePollMilliseconds);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await executor.RunBatchAsync(year: null, stoppingToken);
                failures = 0;
                if (!outcome.Claimed)
                {
                    await Task.Delay(idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failures++;
                var backoff = TimeSpan.FromTicks(Math.Min(idle.Ticks << Math.Min(failures, 16), LongestBackoff.Ticks));
                SiloLog.BatchFailed(logger, exception, failures, (long)backoff.TotalMilliseconds);
                await Task.Delay(backoff, stoppingToken);
            }
        }
    }
}
