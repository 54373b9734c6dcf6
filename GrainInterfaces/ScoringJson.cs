using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scoring.GrainInterfaces;

/// <summary>The JSON shapes of messages, state and read models: camelCase names and the domain's codes.</summary>
public static class ScoringJson
{
    /// <summary>
    /// What people and other programs read (exports, files): every field written. Vietnamese names are written as
    /// they are, not as \u escapes: the JSON never lands in HTML unencoded.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // A null where the contracts allow none is a bad message, refused as it is read rather than deep in a turn.
        RespectNullableAnnotations = true,
    };

    /// <summary>
    /// What the store keeps: zeros, nulls and falses are left out, since most tallies are mostly zeros and reading
    /// restores them as defaults.
    /// </summary>
    public static JsonSerializerOptions Stored { get; } = new(Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };
}
