using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>Everything stored of one year, read in one transaction so that no turn lands between its parts.</summary>
public sealed record YearSnapshot(
    IReadOnlyList<OrganizationState> States,
    IReadOnlyList<StoredSummary> Summaries,
    long MailWaiting,
    long DeadMail);
