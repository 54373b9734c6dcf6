using System.Text.Json;
using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>How the decision trail keeps a decision: its JSON, null for none.</summary>
internal static class DecisionJson
{
    public static string? Write(Decision? decision) =>
        decision is null ? null : JsonSerializer.Serialize(decision, ScoringJson.Options);

    public static Decision? Read(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Decision>(json, ScoringJson.Options);
}
