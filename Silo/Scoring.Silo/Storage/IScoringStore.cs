using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>
/// The one seam between Scoring and a database: the organization grains' states (written by the grain storage,
/// many at once), the years imported, and the inputs a grain refused. SQL lives in one place per store.
/// </summary>
public interface IScoringStore
{
    /// <summary>Where the store is, as an operator would name it (a file, a server).</summary>
    string Location { get; }

    /// <summary>Whether the store has been created; reading commands never create one.</summary>
    Task<bool> ExistsAsync(CancellationToken cancellationToken);

    /// <summary>Creates the store if needed and applies the numbered migration scripts that have not run yet.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<int>> ListYearsAsync(CancellationToken cancellationToken);

    /// <summary>Records that a year's inputs were imported under a regime.</summary>
    Task RegisterYearAsync(int year, string regime, CancellationToken cancellationToken);

    /// <summary>
    /// The stored states and etags of many organizations of one year at once; a unit whose grain has never been
    /// written is left out.
    /// </summary>
    Task<IReadOnlyList<StoredOrganization>> ReadOrganizationsAsync(int year, IReadOnlyList<string> units, CancellationToken cancellationToken);

    /// <summary>
    /// Writes many organizations in one transaction. Each write holds only if the stored etag is still the one it
    /// read (null: no row yet); a row the store refuses fails alone, not its batch.
    /// </summary>
    Task<IReadOnlyList<OrganizationWriteResult>> WriteOrganizationsAsync(IReadOnlyList<OrganizationWrite> writes, CancellationToken cancellationToken);

    Task DeleteOrganizationAsync(int year, string unit, CancellationToken cancellationToken);

    /// <summary>The year's stored states and dead mail count as of one moment; no states when the year was never rated.</summary>
    Task<YearSnapshot> ReadYearAsync(int year, CancellationToken cancellationToken);

    /// <summary>
    /// The units of a year's tree (id, parent, kind, name), root first, then by depth and id; empty when the year was
    /// never rated. Only what names a unit is read, not its state.
    /// </summary>
    Task<IReadOnlyList<UnitRecord>> ListUnitsAsync(int year, CancellationToken cancellationToken);

    /// <summary>Sets inputs aside that a unit refused, with the error, so that the year goes on without them.</summary>
    Task RecordDeadMailAsync(int year, IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken);

    /// <summary>Forgets the year's dead mail: a new run delivers every input again.</summary>
    Task ClearDeadMailAsync(int year, CancellationToken cancellationToken);

    /// <summary>
    /// The answer recorded for an Idempotency-Key (<see cref="IdempotentResponse.IsPending"/> while its request is
    /// being applied), or null when the key is new.
    /// </summary>
    Task<IdempotentResponse?> FindResponseAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Holds a new key for the request that will apply it, before anything is applied, so two requests with one key
    /// never both apply. True when this caller holds it: the key was new, or its holder left it pending for longer
    /// than <paramref name="abandonedAfter"/> (it crashed) with the same request.
    /// </summary>
    Task<bool> ReserveResponseAsync(string key, string requestHash, TimeSpan abandonedAfter, CancellationToken cancellationToken);

    /// <summary>Records the answer to a key this caller holds; false when the key is not pending any more.</summary>
    Task<bool> RecordResponseAsync(string key, IdempotentResponse response, CancellationToken cancellationToken);

    /// <summary>Lets go of a key whose request was not applied, so the same request can be tried again.</summary>
    Task ReleaseResponseAsync(string key, CancellationToken cancellationToken);

    /// <summary>The year's dead mail, oldest first.</summary>
    Task<IReadOnlyList<DeadLetter>> ListDeadMailAsync(int year, CancellationToken cancellationToken);

    /// <summary>Adds entries to the decision trail, all or none.</summary>
    Task RecordDecisionsAsync(IReadOnlyList<DecisionAudit> entries, CancellationToken cancellationToken);

    /// <summary>A unit's decision trail for a year, newest first.</summary>
    Task<IReadOnlyList<DecisionAudit>> ListDecisionsAsync(int year, UnitId unit, CancellationToken cancellationToken);

    /// <summary>Adds an entry to the correction trail.</summary>
    Task RecordCorrectionAsync(CorrectionAudit entry, CancellationToken cancellationToken);

    /// <summary>A unit's correction trail for a year, newest first.</summary>
    Task<IReadOnlyList<CorrectionAudit>> ListCorrectionsAsync(int year, UnitId unit, CancellationToken cancellationToken);

    /// <summary>
    /// The key that signs the store's access tokens, made on first use and kept with the store, so the token command
    /// and every Gateway of the same store agree on it.
    /// </summary>
    Task<byte[]> ReadSigningKeyAsync(CancellationToken cancellationToken);
}
