using System.Text.Json;

namespace Scoring.GrainInterfaces;

/// <summary>The one JSON shape of messages, state and read models: camelCase names and the domain's codes.</summary>
public static class ScoringJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
