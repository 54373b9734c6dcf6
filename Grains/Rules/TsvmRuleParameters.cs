namespace Scoring.Grains.Rules;

/// <summary>
/// The parameters of the TSVM regime R2014 (HD 27-HD/BTCTW, 2014; DOMAIN.md §3). The score cut-offs are our
/// reading; the children shares are verified. A share is exceeded only by more than it: exactly a third of a
/// đảng bộ's children YK, or exactly half of a chi bộ's members KHTNV, leaves the unit where it was.
/// </summary>
/// <param name="TsvmMinScore">The fewest points for TSVM, the top rank.</param>
/// <param name="GoodMinScore">The fewest points for HTTNV.</param>
/// <param name="CompleteMinScore">The fewest points for HTNV; below it the unit is YK.</param>
/// <param name="ChildOrganizationsYkMaxShare">More than this share of a đảng bộ's rated child organizations YK makes it YK.</param>
/// <param name="MembersKhtnvMaxShare">More than this share of a chi bộ's rated members KHTNV makes it YK.</param>
public sealed record TsvmRuleParameters(
    string Name,
    decimal TsvmMinScore,
    decimal GoodMinScore,
    decimal CompleteMinScore,
    Ratio ChildOrganizationsYkMaxShare,
    Ratio MembersKhtnvMaxShare)
{
    public static TsvmRuleParameters R2014 { get; } = new("R2014", 90m, 70m, 50m, new Ratio(1, 3), new Ratio(1, 2));
}
