namespace Scoring.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Scoring API ready at {Address}/api/v1/years (OpenAPI at {Address}/openapi/v1.json)")]
    public static partial void Ready(ILogger logger, string address);

    // Debug, as Kestrel logs the requests it refuses itself: anyone can send these, and they say nothing about the Gateway.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a request whose address is {Length} characters long (limit {Limit})")]
    public static partial void AddressTooLong(ILogger logger, int length, int limit);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a request with {Count} headers (limit {Limit})")]
    public static partial void TooManyHeaders(ILogger logger, int count, int limit);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a request whose headers take {Size} bytes (limit {Limit})")]
    public static partial void HeadersTooLarge(ILogger logger, int size, int limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Asked for {Year}'s root {Root} and a page of {Children} children, as the first view does, in {Milliseconds} ms")]
    public static partial void Warmed(ILogger logger, int year, string root, int children, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the latest year for the first view ({Reason}); the first request will load it")]
    public static partial void WarmUpFailed(ILogger logger, string reason);
}
