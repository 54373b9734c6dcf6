using Scoring.GrainInterfaces;

namespace Scoring.Seeds;

/// <summary>
/// One unit of the generated tree. <see cref="Members"/> is non-zero only for a unit with members directly.
/// <see cref="Standing"/> is a stable draw in [0, 1) (low is good) that the yearly draws lean on, so a unit's
/// level persists somewhat from one year to the next.
/// </summary>
internal sealed class SeedNode(int index, string id, int parent, UnitKind kind, UnitSetting setting, string name, double standing)
{
    public int Index { get; } = index;

    public string Id { get; } = id;

    /// <summary>The parent's index, or -1 for the root.</summary>
    public int Parent { get; } = parent;

    public UnitKind Kind { get; } = kind;

    public UnitSetting Setting { get; } = setting;

    public string Name { get; } = name;

    public double Standing { get; } = standing;

    public int Members { get; set; }

    public List<int> Children { get; } = [];

    public bool HasMembers => Children.Count == 0;
}
