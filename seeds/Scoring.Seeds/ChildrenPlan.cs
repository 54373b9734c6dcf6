namespace Scoring.Seeds;

/// <summary>
/// What the rated children of a unit must look like for the caps of DOMAIN.md §3 to leave its own level where the
/// plan wants it (shares are of the rated children).
/// </summary>
internal enum ChildrenPlan
{
    /// <summary>All HTNV or above and at least 80% HTTNV or above: no cap.</summary>
    Excellent,

    /// <summary>All HTNV or above and at least 50% HTTNV or above: no cap below HTTNV.</summary>
    Good,

    /// <summary>All HTNV or above, at least 50% but under 80% HTTNV or above: an HTXSNV unit is capped at HTTNV.</summary>
    GoodNotExcellent,

    /// <summary>At least one but at most 20% KHTNV: an HTTNV or HTXSNV unit is capped at HTNV.</summary>
    SomeFailing,

    /// <summary>At most 20% KHTNV, usually none: no cap below HTNV.</summary>
    Mixed,

    /// <summary>More than 20% KHTNV: the unit is capped at KHTNV.</summary>
    Failing,

    /// <summary>No constraint; the unit fails on its own inputs, and its children fail more often.</summary>
    Any,
}
