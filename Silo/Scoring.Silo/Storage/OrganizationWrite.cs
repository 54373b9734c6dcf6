using System.Text.Json;
using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>One grain's new state, and the etag it read (null when it found no row).</summary>
public sealed record OrganizationWrite(OrganizationState State, long? ExpectedETag)
{
    /// <summary>
    /// The state as the store keeps it, made where the write is made: by the many grains (or turns) that write, side by
    /// side, rather than by the one writer that takes their batch to the store.
    /// </summary>
    public string StateJson { get; } = JsonSerializer.Serialize(State, ScoringJson.Stored);
}
