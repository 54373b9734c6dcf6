namespace Scoring.Grains.Rules;

/// <summary>The comparators a target may use (DOMAIN.md §7): the actual share on the left, the target's value on the right.</summary>
public static class TargetComparator
{
    public static IReadOnlyList<string> Codes { get; } = [">", ">=", "<", "<="];

    public static bool IsValid(string code) => Codes.Contains(code);

    /// <summary>Compares <paramref name="left"/> with <paramref name="right"/> exactly.</summary>
    public static bool Holds(string code, decimal left, decimal right) => code switch
    {
        ">" => left > right,
        ">=" => left >= right,
        "<" => left < right,
        "<=" => left <= right,
        _ => throw new ArgumentException($"'{code}' is not a comparator; one of: {string.Join(", ", Codes)}.", nameof(code)),
    };
}
