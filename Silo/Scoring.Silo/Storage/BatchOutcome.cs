namespace Scoring.Silo.Storage;

/// <summary>What one committed turn batch did; mail that made a turn fail was set aside as dead mail.</summary>
public sealed record BatchOutcome(int GrainsClaimed, int GrainsTurned, int MailDelivered, int ReportsSent, int MailRejected)
{
    public static BatchOutcome Idle { get; } = new(0, 0, 0, 0, 0);

    public bool Claimed => GrainsClaimed > 0;
}
