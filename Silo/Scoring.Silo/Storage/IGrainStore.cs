using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>
/// The one seam between the grain runtime and a database: grain state, mailboxes and the read model, each
/// change made in a transaction so that a crash loses nothing and applies nothing twice.
/// </summary>
public interface IGrainStore
{
    /// <summary>Applies the numbered migration scripts that have not run yet.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<int>> ListYearsAsync(CancellationToken cancellationToken);

    /// <summary>The stored state of every grain of a year; empty when the year was never imported.</summary>
    Task<IReadOnlyList<OrganizationState>> LoadStatesAsync(int year, CancellationToken cancellationToken);

    Task ImportAsync(YearImportPlan plan, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="maxGrains"/> grains with mail at the deepest level that has any, delivers all
    /// their mail in one turn each, and commits their new state, read model and outgoing mail together.
    /// </summary>
    Task<BatchOutcome> RunTurnBatchAsync(int maxGrains, TurnHandler turn, CancellationToken cancellationToken);

    /// <summary>Mail not yet delivered, for one year or for all.</summary>
    Task<long> CountMailAsync(int? year, CancellationToken cancellationToken);

    Task<UnitSummary?> FindSummaryAsync(int year, UnitId unit, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnitSummary>> ListChildrenAsync(int year, UnitId parent, CancellationToken cancellationToken);

    /// <summary>Every unit's read model of a year, top of the tree first.</summary>
    IAsyncEnumerable<UnitSummary> ReadSummariesAsync(int year, CancellationToken cancellationToken);
}
