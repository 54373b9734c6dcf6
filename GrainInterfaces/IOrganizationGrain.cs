using Orleans;
using Orleans.Concurrency;

namespace Scoring.GrainInterfaces;

/// <summary>One organization for one year, keyed <c>"{year}/{unitId}"</c> (see <see cref="OrganizationKey"/>).</summary>
[Alias("scoring.organization")]
public interface IOrganizationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Delivers the mail in one turn: the unit's placement and inputs, and its children's reports. The turn is
    /// persisted before this returns, so a report handed to the parent is one the child has kept.
    /// </summary>
    [Alias("turn")]
    Task<TurnOutcome> TurnAsync(IReadOnlyList<GrainMessage> mail);

    /// <summary>
    /// Applies a correction to the unit's inputs and carries its report up, parent by parent, to the root: at most
    /// the tree's depth of hops. Answers with the unit's new summary once the root has persisted the change.
    /// </summary>
    [Alias("correct")]
    Task<UnitSummary> CorrectAsync(IReadOnlyList<GrainMessage> mail);

    /// <summary>
    /// Takes the unit out of its year's tree: its stored state is deleted and the grain leaves memory, so reads answer
    /// as for a unit the year does not have. The parent is not called; the run that removes a unit places its parent
    /// without it.
    /// </summary>
    [Alias("remove")]
    Task RemoveAsync();

    /// <summary>The unit's level, reasons and roll-up as last persisted; null when the year's tree has no such unit.</summary>
    [AlwaysInterleave]
    [Alias("summary")]
    Task<UnitSummary?> GetSummaryAsync();

    /// <summary>
    /// The unit's direct children, ordered by id, with the version of each one's report the unit holds (a child
    /// answers with that version or a newer one); null when the year's tree has no such unit.
    /// </summary>
    [AlwaysInterleave]
    [Alias("children")]
    Task<IReadOnlyList<ChildVersion>?> GetChildrenAsync();
}
