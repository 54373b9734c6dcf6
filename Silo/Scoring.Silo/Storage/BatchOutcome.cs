namespace Scoring.Silo.Storage;

/// <summary>What one committed turn batch did.</summary>
public sealed record BatchOutcome(int GrainsTurned, int MailDelivered, int ReportsSent)
{
    public static BatchOutcome Idle { get; } = new(0, 0, 0);
}
