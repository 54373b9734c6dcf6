using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scoring.Gateway.Reports;

/// <summary>
/// Writes a <see cref="ComparedUnitReport"/> as the unit report it extends, whatever that report holds, with one more
/// property, <c>compare</c>; a comparison is only ever sent, never read.
/// </summary>
public sealed class ComparedUnitReportJsonConverter : JsonConverter<ComparedUnitReport>
{
    public override ComparedUnitReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A unit report with a comparison is only written.");

    public override void Write(Utf8JsonWriter writer, ComparedUnitReport value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var property in JsonSerializer.SerializeToElement(value.Report, options).EnumerateObject())
        {
            property.WriteTo(writer);
        }

        writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(nameof(ComparedUnitReport.Compare)) ?? nameof(ComparedUnitReport.Compare));
        JsonSerializer.Serialize(writer, value.Compare, options);
        writer.WriteEndObject();
    }
}
