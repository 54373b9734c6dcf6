using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scoring.GrainInterfaces;

/// <summary>Writes a <see cref="UnitId"/> as its plain string, as it appears in the CSV files and URLs.</summary>
internal sealed class UnitIdJsonConverter : JsonConverter<UnitId>
{
    public override UnitId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A unit id cannot be null."));

    public override void Write(Utf8JsonWriter writer, UnitId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
