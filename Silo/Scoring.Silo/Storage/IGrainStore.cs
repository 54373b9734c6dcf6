using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>
/// The one seam between the grain runtime and a database: grain state, mailboxes and the read model, each
/// change made in a transaction so that a crash loses nothing and applies nothing twice.
/// </summary>
public interface IGrainStore
{
    /// <summary>Where the store is, as an operator would name it (a file, a server).</summary>
    string Location { get; }

    /// <summary>Whether the store has been created; reading commands never create one.</summary>
    Task<bool> ExistsAsync(CancellationToken cancellationToken);

    /// <summary>Creates the store if needed and applies the numbered migration scripts that have not run yet.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<int>> ListYearsAsync(CancellationToken cancellationToken);

    /// <summary>The year's grains, read model and mail counts as of one moment; empty states when the year was never imported.</summary>
    Task<YearSnapshot> ReadYearAsync(int year, CancellationToken cancellationToken);

    /// <summary>Reads the year's grains, asks <paramref name="decide"/> what to write, and writes it, all in one transaction.</summary>
    Task<YearImportPlan?> ImportAsync(int year, ImportDecision decide, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="maxGrains"/> grains with mail at the deepest level that has any (of one year, or
    /// of all), delivers all their mail in one turn each, and commits their new state, read model and outgoing mail
    /// together. A grain whose turn throws has its mail moved to dead mail, and the batch goes on.
    /// </summary>
    Task<BatchOutcome> RunTurnBatchAsync(int maxGrains, int? year, TurnHandler turn, CancellationToken cancellationToken);

    /// <summary>Mail of a year not yet delivered.</summary>
    Task<long> CountMailAsync(int year, CancellationToken cancellationToken);

    /// <summary>Mail of a year that no grain could take, kept with its error.</summary>
    Task<long> CountDeadMailAsync(int year, CancellationToken cancellationToken);

    /// <summary>The year's dead mail, oldest first.</summary>
    Task<IReadOnlyList<DeadLetter>> ListDeadMailAsync(int year, CancellationToken cancellationToken);

    /// <summary>
    /// Puts the year's dead mail back in the mailboxes of the grains it was for, once whatever refused it has been
    /// fixed; mail for a unit the year does not have stays dead. Returns how many messages went back.
    /// </summary>
    Task<int> RequeueDeadMailAsync(int year, CancellationToken cancellationToken);

    Task<UnitSummary?> FindSummaryAsync(int year, UnitId unit, CancellationToken cancellationToken);

    /// <summary>The read model of the year's root, the city.</summary>
    Task<UnitSummary?> FindRootAsync(int year, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnitSummary>> ListChildrenAsync(int year, UnitId parent, CancellationToken cancellationToken);

    /// <summary>Every unit's read model of a year, top of the tree first.</summary>
    IAsyncEnumerable<UnitSummary> ReadSummariesAsync(int year, CancellationToken cancellationToken);
}
