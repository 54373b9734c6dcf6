namespace Scoring.Silo.Runtime;

/// <summary>Where a drain stands: the turns and deliveries so far and the mail still waiting.</summary>
public sealed record DrainProgress(long GrainsTurned, long MailDelivered, int Batches);
