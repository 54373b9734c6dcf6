namespace Scoring.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Scoring API ready at {Address}/api/v1/years (OpenAPI at {Address}/openapi/v1.json)")]
    public static partial void Ready(ILogger logger, string address);
}
