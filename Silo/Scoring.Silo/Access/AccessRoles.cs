namespace Scoring.Silo.Access;

/// <summary>What a token's holder may do within its unit's subtree.</summary>
public static class AccessRoles
{
    /// <summary>Reads the unit and everything below it.</summary>
    public const string Viewer = "viewer";

    /// <summary>Reads like a viewer, and records decisions and corrections for the unit's direct children.</summary>
    public const string Committee = "committee";

    /// <summary>Reads and writes anywhere in the subtree, and reaches the operator's pages (metrics, dashboard).</summary>
    public const string Operator = "operator";

    public static IReadOnlyList<string> All { get; } = [Viewer, Committee, Operator];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
