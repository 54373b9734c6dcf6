namespace Scoring.Seeds;

/// <summary>
/// A province as it stands in a year: one of the 63 before the 2025 reorganization, or one of the 34 after it,
/// made of the provinces merged into it. The merged province keeps its first member's code.
/// </summary>
internal sealed record ProvinceGroup(string Code, string PartyName, IReadOnlyList<Province> Members);
