using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>
/// An organization's state as stored in the row of <paramref name="Year"/> and <paramref name="Unit"/>, with the etag a
/// write must still find to replace it. The row's key is the truth about whose state it is; a state that names
/// another unit is a damaged store.
/// </summary>
public sealed record StoredOrganization(int Year, string Unit, OrganizationState State, long ETag)
{
    public bool IsOwnState => State.Year == Year && State.Unit.Value == Unit;
}
