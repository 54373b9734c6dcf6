using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Years;

/// <summary>
/// The first pass of a delivery: the year's tree as the folder places it, deepest first, and the reports of the new
/// units without children that the run wrote to the store itself (<see cref="YearRun.PlaceNewLeavesAsync"/>).
/// </summary>
/// <param name="Tree">Every unit's placement in the folder's tree (<see cref="YearTree.Build"/>).</param>
/// <param name="Reports">The report of each unit whose first state the run wrote; the others turn in their grains.</param>
public sealed record LeafPlacement(IReadOnlyList<OrganizationState> Tree, IReadOnlyDictionary<UnitId, ChildReport> Reports);
