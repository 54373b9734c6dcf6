using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Scoring.Silo.Runtime;

/// <summary>
/// A silo hosted in a long-running process: it claims batches while there is mail and polls when idle. A failed
/// batch rolls back, so its mail is simply delivered again on the next pass.
/// </summary>
public sealed class SiloWorker(TurnExecutor executor, IOptions<SiloOptions> options, ILogger<SiloWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SiloLog.WorkerStarted(logger, options.Value.BatchSize);
        var idle = TimeSpan.FromMilliseconds(options.Value.IdlePollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await executor.RunBatchAsync(stoppingToken);
                if (outcome.GrainsTurned == 0)
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
                SiloLog.BatchFailed(logger, exception);
                await Task.Delay(idle, stoppingToken);
            }
        }
    }
}
