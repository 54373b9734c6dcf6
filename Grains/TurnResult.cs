using Scoring.GrainInterfaces;

namespace Scoring.Grains;

/// <summary>
/// The outcome of one grain turn: the state to store, the read model to write with it, and the report for the
/// parent when what the parent sees has changed.
/// </summary>
public sealed record TurnResult(OrganizationState State, UnitSummary Summary, ChildReport? ReportToParent);
