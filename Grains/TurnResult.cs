using Scoring.GrainInterfaces;

namespace Scoring.Grains;

/// <summary>
/// The outcome of one turn: the state to keep and the read model that goes with it. The state is written when
/// it changed at all; its version moves, and the parent hears of it, only when its figures changed.
/// </summary>
public sealed record TurnResult(OrganizationState State, UnitSummary Summary, bool StateChanged, bool FiguresChanged)
{
    /// <summary>The report the parent must hear of, when there is a parent and something it sees has changed.</summary>
    public ChildReport? ReportToParent => FiguresChanged && State.Parent is not null ? RollUp.ToReport(Summary) : null;
}
