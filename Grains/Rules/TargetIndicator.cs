using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>
/// A target's indicator (DOMAIN.md §7): <c>&lt;kind&gt;_httnv_plus_share</c>, <c>&lt;kind&gt;_khtnv_share</c> or
/// <c>&lt;kind&gt;_clean_strong_share</c> over the unit's subtree organizations of one kind, or
/// <c>members_httnv_plus_share</c> and <c>members_khtnv_share</c> over its members. <see cref="Kind"/> is null for members.
/// </summary>
public sealed record TargetIndicator(UnitKind? Kind, TargetMeasure Measure)
{
    private const string MembersGroup = "members";

    private static readonly (string Suffix, TargetMeasure Measure)[] Measures =
    [
        ("_httnv_plus_share", TargetMeasure.HttnvPlusShare),
        ("_khtnv_share", TargetMeasure.KhtnvShare),
        ("_clean_strong_share", TargetMeasure.CleanStrongShare),
    ];

    /// <summary>Every indicator code a targets.csv may name, for error messages.</summary>
    public static IReadOnlyList<string> Codes { get; } =
    [
        .. UnitKindCodes.Reported.SelectMany(kind => Measures.Select(m => kind.ToCode() + m.Suffix)),
        MembersGroup + "_httnv_plus_share",
        MembersGroup + "_khtnv_share",
    ];

    public static bool TryParse(string code, out TargetIndicator indicator)
    {
        foreach (var (suffix, measure) in Measures)
        {
            if (!code.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var group = code[..^suffix.Length];
            if (group == MembersGroup && measure != TargetMeasure.CleanStrongShare)
            {
                indicator = new TargetIndicator(null, measure);
                return true;
            }

            if (UnitKindCodes.TryParse(group, out var kind) && UnitKindCodes.Reported.Contains(kind))
            {
                indicator = new TargetIndicator(kind, measure);
                return true;
            }
        }

        indicator = null!;
        return false;
    }

    public static TargetIndicator Parse(string code) =>
        TryParse(code, out var indicator)
            ? indicator
            : throw new ArgumentException($"'{code}' is not a target indicator; one of: {string.Join(", ", Codes)}.", nameof(code));
}
