namespace Scoring.Silo.Years;

/// <summary>
/// How a year's imported tree differs from the one its grains hold: units under another parent, units whose kind
/// changed, units the store does not know yet, and units the folder no longer has (their rows are deleted).
/// </summary>
public sealed record TreeChanges(int Moved, int KindChanged, int Added, int Removed)
{
    public static TreeChanges None { get; } = new(0, 0, 0, 0);

    public bool Any => Moved + KindChanged + Added + Removed > 0;

    /// <summary>As an operator reads it: "3 moved, 12 added, 2 removed".</summary>
    public override string ToString() =>
        $"{Moved:N0} moved, {Added:N0} added, {Removed:N0} removed" + (KindChanged > 0 ? $", {KindChanged:N0} of another kind" : string.Empty);
}
