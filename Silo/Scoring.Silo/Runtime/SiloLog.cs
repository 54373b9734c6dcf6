using Microsoft.Extensions.Logging;

namespace Scoring.Silo.Runtime;

internal static partial class SiloLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Turned {Grains} grains with {Mail} messages and sent {Reports} reports in {Milliseconds} ms")]
    public static partial void BatchCommitted(ILogger logger, int grains, int mail, int reports, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn batch failed and was rolled back; its mail will be delivered again (attempt {Attempt}, next in {DelayMilliseconds} ms)")]
    public static partial void BatchFailed(ILogger logger, Exception exception, int attempt, long delayMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Messages} messages made their grain's turn fail and were set aside as dead mail (see the status command)")]
    public static partial void MailBuried(ILogger logger, int messages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo worker started with batches of {BatchSize} grains")]
    public static partial void WorkerStarted(ILogger logger, int batchSize);
}
