using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>One grain's new state, and the etag it read (null when it found no row).</summary>
public sealed record OrganizationWrite(OrganizationState State, long? ExpectedETag);
