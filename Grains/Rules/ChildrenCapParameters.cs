namespace Scoring.Grains.Rules;

/// <summary>
/// The caps a unit's children put on its level (DOMAIN.md §3, verified for HD 21 and kept as the default of the
/// later regimes). Shares are fractions of the rated children.
/// </summary>
public sealed record ChildrenCapParameters(
    decimal KhtnvMaxShare,
    decimal ExcellentMinHtnvPlusShare,
    decimal ExcellentMinHttnvPlusShare,
    decimal GoodMinHtnvPlusShare,
    decimal GoodMinHttnvPlusShare)
{
    public static ChildrenCapParameters Hd21 { get; } = new(0.20m, 1.00m, 0.80m, 1.00m, 0.50m);
}
