using Scoring.GrainInterfaces;

namespace Scoring.Silo.Years;

/// <summary>The outcome of comparing a year's stored roll-ups with a recomputation from scratch.</summary>
public sealed record ReconcileReport(int UnitsChecked, long MailWaiting, UnitId? FirstMismatch, string? Difference)
{
    public bool Holds => FirstMismatch is null && MailWaiting == 0 && Difference is null;
}
