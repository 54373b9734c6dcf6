using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>
/// The quota of excellent ratings (DOMAIN.md §5): in one group, HTXSNV may be at most floor(share × HTTNV+).
/// </summary>
public static class ExcellentQuota
{
    /// <summary>HD 21's share [verified for members; assumed for organizations], kept by the later regimes.</summary>
    public const decimal Hd21Share = 0.20m;

    public static QuotaCheck Check(int httnvPlus, int htxsnv, decimal share)
    {
        var limit = (int)decimal.Floor(share * httnvPlus);
        return new QuotaCheck(httnvPlus, htxsnv, limit, htxsnv > limit);
    }
}
