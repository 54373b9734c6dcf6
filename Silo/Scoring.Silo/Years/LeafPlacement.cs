using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Years;

/// <summary>
/// The first pass of a delivery: the year's tree as the folder places it, deepest first, and the reports of the new
/// units without children that the run wrote to the store itself (<see cref="YearRun.PlaceNewLeavesAsync"/>).
/// </summary>
/// <param name="Tree">Every unit's placement in the folder's tree (<see cref="YearTree.Build"/>).</param>
/// <param name="Records">The folder's units by id.</param>
/// <param name="HeldVersions">The newest version of each unit's report that a stored unit holds (a rebuilt unit starts above it).</param>
/// <param name="Reports">The report of each unit whose first state the run wrote; the others turn in their grains.</param>
public sealed record LeafPlacement(
    IReadOnlyList<OrganizationState> Tree,
    IReadOnlyDictionary<UnitId, UnitRecord> Records,
    IReadOnlyDictionary<UnitId, long> HeldVersions,
    IReadOnlyDictionary<UnitId, ChildReport> Reports);
