using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>An organization's state as stored, with the etag a write must still find to replace it.</summary>
public sealed record StoredOrganization(OrganizationState State, long ETag);
