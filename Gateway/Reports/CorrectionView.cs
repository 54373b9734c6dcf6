using System.Text.Json;
using Scoring.Silo.Storage;

namespace Scoring.Gateway.Reports;

/// <summary>
/// One entry of a unit's correction trail: <see cref="Kind"/> <c>assessment</c> or <c>members</c>, the row applied and
/// the row it replaced (null when the unit had none), each as the store keeps it.
/// </summary>
public sealed record CorrectionView(DateTimeOffset At, string By, string Source, string Kind, JsonElement Applied, JsonElement? Previous)
{
    public static CorrectionView From(CorrectionAudit entry) =>
        new(entry.At, entry.By, entry.Source, entry.Kind, Parse(entry.Applied), entry.Previous is null ? null : Parse(entry.Previous));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
