namespace Scoring.Grains.Rules;

/// <summary>What a target's indicator counts, as a share of the rated of its group (DOMAIN.md §7).</summary>
public enum TargetMeasure
{
    /// <summary><c>..._httnv_plus_share</c>: HTTNV+ (in R2014, TSVM + HTTNV).</summary>
    HttnvPlusShare,

    /// <summary><c>..._khtnv_share</c>: KHTNV (in R2014, YK).</summary>
    KhtnvShare,

    /// <summary><c>..._clean_strong_share</c>: "clean and strong" as the regime counts it; organizations only.</summary>
    CleanStrongShare,
}
