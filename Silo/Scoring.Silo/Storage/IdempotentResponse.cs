namespace Scoring.Silo.Storage;

/// <summary>The answer given to a request with an Idempotency-Key, and the hash of the request it answered.</summary>
public sealed record IdempotentResponse(string RequestHash, int Status, string Body);
