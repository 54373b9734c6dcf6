using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scoring.GrainInterfaces;

/// <summary>Writes and reads a <see cref="Level"/> as its code in one set of <see cref="LevelNames"/>.</summary>
internal sealed class LevelJsonConverter(LevelNames names) : JsonConverter<Level>
{
    public override Level Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var code = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return code is not null && names.TryParse(code, out var level)
            ? level
            : throw new JsonException($"'{code}' is not a level in the {names.Name} names.");
    }

    public override void Write(Utf8JsonWriter writer, Level value, JsonSerializerOptions options) =>
        writer.WriteStringValue(names.Code(value));

    public override Level ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Level value, JsonSerializerOptions options) =>
        writer.WritePropertyName(names.Code(value));
}
