using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scoring.GrainInterfaces;

/// <summary>
/// Writes and reads a <see cref="LevelTally"/> keyed by the codes of one set of <see cref="LevelNames"/>, in the
/// order the record declares its counts (the order its attributes give the 2018 names).
/// </summary>
internal sealed class LevelTallyJsonConverter(LevelNames names) : JsonConverter<LevelTally>
{
    private static readonly Level[] Order = [Level.Pending, Level.NotRated, Level.Khtnv, Level.Htnv, Level.Httnv, Level.Htxsnv];

    public override LevelTally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A level tally is a JSON object.");
        }

        var tally = LevelTally.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var code = reader.GetString()!;
            if (!names.TryParse(code, out var level))
            {
                throw new JsonException($"'{code}' is not a level in the {names.Name} names.");
            }

            reader.Read();
            tally = tally.Add(level, reader.GetInt32() - tally.Count(level));
        }

        return tally;
    }

    public override void Write(Utf8JsonWriter writer, LevelTally value, JsonSerializerOptions options)
    {
        var skipZeros = options.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingDefault;
        writer.WriteStartObject();
        foreach (var level in Order)
        {
            var count = value.Count(level);
            if (count != 0 || !skipZeros)
            {
                writer.WriteNumber(names.Code(level), count);
            }
        }

        writer.WriteEndObject();
    }
}
