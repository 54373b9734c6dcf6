using Scoring.GrainInterfaces;

namespace Scoring.Silo.Years;

/// <summary>
/// The outcome of comparing a year's stored roll-ups with a recomputation from scratch. Dead mail is counted,
/// since the roll-ups can only hold for the inputs the units took.
/// </summary>
public sealed record ReconcileReport(int UnitsChecked, long DeadMail, UnitId? FirstMismatch, string? Difference)
{
    public bool Holds => FirstMismatch is null;
}
