namespace Scoring.Silo.Runtime;

/// <summary>Where a drain stands: the turns, deliveries and batches so far, and the messages set aside as dead mail.</summary>
public sealed record DrainProgress(long GrainsTurned, long MailDelivered, int Batches, long MailRejected)
{
    public static DrainProgress None { get; } = new(0, 0, 0, 0);
}
