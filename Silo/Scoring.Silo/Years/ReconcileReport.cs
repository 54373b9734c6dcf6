using Scoring.GrainInterfaces;

namespace Scoring.Silo.Years;

/// <summary>
/// The outcome of comparing a year's stored roll-ups with a recomputation from scratch. While mail is still
/// waiting the year is not finished and nothing is compared; dead mail is counted, since the roll-ups can only
/// hold for the inputs the units took.
/// </summary>
public sealed record ReconcileReport(int UnitsChecked, long MailWaiting, long DeadMail, UnitId? FirstMismatch, string? Difference)
{
    public bool StillRunning => MailWaiting > 0;

    public bool Holds => !StillRunning && FirstMismatch is null;
}
