namespace Scoring.Seeds;

/// <summary>
/// What the rated children of a unit must look like for the caps of DOMAIN.md §3 to leave its own level where the
/// plan wants it. The shares are the regime's <see cref="Grains.Rules.ChildrenCapParameters"/>, of the rated children.
/// </summary>
internal enum ChildrenPlan
{
    /// <summary>All HTNV or above and at least the HTTNV-or-above share HTXSNV needs: no cap.</summary>
    Excellent,

    /// <summary>All HTNV or above and at least the HTTNV-or-above share HTTNV needs: no cap below HTTNV.</summary>
    Good,

    /// <summary>All HTNV or above, with the HTTNV-or-above share HTTNV needs but not the one HTXSNV needs: an HTXSNV
    /// unit is capped at HTTNV.</summary>
    GoodNotExcellent,

    /// <summary>Enough KHTNV to miss the HTNV-or-above share HTTNV needs, but not more than the KHTNV share: an HTTNV
    /// or HTXSNV unit is capped at HTNV.</summary>
    SomeFailing,

    /// <summary>Not more than the KHTNV share, usually none: no cap below HTNV.</summary>
    Mixed,

    /// <summary>More than the KHTNV share: the unit is capped at KHTNV.</summary>
    Failing,

    /// <summary>No constraint; the unit fails on its own inputs, and its children fail more often.</summary>
    Any,
}
