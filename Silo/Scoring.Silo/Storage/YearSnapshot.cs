using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>Everything stored of one year, read in one transaction so that no write lands between its parts.</summary>
public sealed record YearSnapshot(IReadOnlyList<StoredOrganization> Organizations, long DeadMail)
{
    public IEnumerable<OrganizationState> States => Organizations.Select(o => o.State);
}
