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

    private static JsonSerializerOptions R2014Options { get; } = WithNames(LevelNames.R2014);

    /// <summary>
    /// <see cref="Options"/> with levels and level tallies written in <paramref name="names"/>: the R2014 years'
    /// codes (TSVM, YK) or, since 2018, the very <see cref="Options"/> (so that output stays as it always was). The
    /// store keeps levels by rank whatever the year: <see cref="Stored"/> has no names of its own.
    /// </summary>
    public static JsonSerializerOptions For(LevelNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names == LevelNames.R2014 ? R2014Options : Options;
    }

    private static JsonSerializerOptions WithNames(LevelNames names)
    {
        // Converters in the options take precedence over the attributes on Level and LevelTally.
        var options = new JsonSerializerOptions(Options);
        options.Converters.Add(new LevelJsonConverter(names));
        options.Converters.Add(new LevelTallyJsonConverter(names));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
