namespace Scoring.Silo.Storage;

/// <summary>
/// The answer given to a request with an Idempotency-Key, and the hash of the request it answered; status 0 while the
/// request is being applied.
/// </summary>
public sealed record IdempotentResponse(string RequestHash, int Status, string Body)
{
    public bool IsPending => Status == 0;
}
