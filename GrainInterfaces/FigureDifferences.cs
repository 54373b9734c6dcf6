using System.Text.Json;

namespace Scoring.GrainInterfaces;

/// <summary>
/// The leaf figures that differ between two values of one shape, as "path: this, other" (for example
/// "subtree.grassroots.HTNV: 1, 2"), so a mismatch names the very count that differs.
/// </summary>
internal static class FigureDifferences
{
    public static IEnumerable<string> Between<T>(string path, T mine, T theirs)
    {
        var left = JsonSerializer.SerializeToElement(mine, ScoringJson.Options);
        var right = JsonSerializer.SerializeToElement(theirs, ScoringJson.Options);
        return Walk(path, left, right);
    }

    private static IEnumerable<string> Walk(string path, JsonElement left, JsonElement right)
    {
        if (left.ValueKind == JsonValueKind.Object && right.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in left.EnumerateObject())
            {
                var other = right.TryGetProperty(property.Name, out var found) ? found : default;
                foreach (var difference in Walk($"{path}.{property.Name}", property.Value, other))
                {
                    yield return difference;
                }
            }
        }
        else if (left.ValueKind != right.ValueKind || left.GetRawText() != right.GetRawText())
        {
            yield return $"{path}: {Text(left)}, {Text(right)}";
        }
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.Undefined ? "(none)" : value.GetRawText();
}
