using Scoring.GrainInterfaces;

namespace Scoring.Grains;

/// <summary>
/// What one organization grain keeps for one year: where it sits in the tree, its own inputs, and the newest
/// report of each direct child (a placeholder with version 0 until the child first reports), the deciding committee's
/// decision, and the targets that apply to it this year.
/// </summary>
public sealed record OrganizationState(
    int Year,
    UnitId Unit,
    UnitKind Kind,
    string Name,
    UnitId? Parent,
    int Depth,
    long Version,
    Assessment? Assessment,
    MemberTally? Members,
    IReadOnlyList<ChildReport> Children,
    Decision? Decision = null,
    IReadOnlyList<Target>? Targets = null);
