using Microsoft.Extensions.Logging;

namespace Scoring.Silo.Runtime;

internal static partial class SiloLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Writes} grain writes failed and was rolled back; each grain will fail its turn and start again from the store")]
    public static partial void WriteBatchFailed(ILogger logger, Exception exception, int writes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The turn of unit {Unit} of {Year} failed (attempt {Attempt}): {Error}")]
    public static partial void TurnFailed(ILogger logger, string unit, int year, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Units} new units without children of {Year} failed; their grains will place them instead: {Error}")]
    public static partial void LeavesNotPlaced(ILogger logger, int units, int year, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The removal of unit {Unit} of {Year} failed (attempt {Attempt}): {Error}")]
    public static partial void RemovalFailed(ILogger logger, string unit, int year, int attempt, string error);
}
