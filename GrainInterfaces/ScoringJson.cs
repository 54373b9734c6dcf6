using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scoring.GrainInterfaces;

/// <summary>The one JSON shape of messages, state and read models: camelCase names and the domain's codes.</summary>
public static class ScoringJson
{
    /// <summary>Vietnamese names are written as they are, not as \u escapes: the JSON never lands in HTML unencoded.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
