using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>
/// The evaluation order every regime shares (DOMAIN.md §3): not rated, then hard fails, then the unit's own
/// inputs, then the caps from its children. Each regime supplies only its own triggers and its own-input step.
/// </summary>
internal static class EvaluationOrder
{
    public static Rating Rate(
        Assessment assessment,
        ChildLevels children,
        decimal targetsMetMinPercent,
        decimal? affiliatesMaxShare,
        ChildrenCapParameters caps,
        Action<List<Reason>> regimeFails,
        Func<List<Reason>, Level> ownLevel)
    {
        if (assessment.NotRated)
        {
            return new Rating(Level.NotRated, [new Reason(ReasonCodes.NotRated, "The unit is not rated this year.")]);
        }

        var reasons = new List<Reason>();
        regimeFails(reasons);
        HardFails.Collect(assessment, children, targetsMetMinPercent, affiliatesMaxShare, reasons);
        if (reasons.Count > 0)
        {
            return new Rating(Level.Khtnv, reasons);
        }

        var level = ownLevel(reasons);
        return new Rating(ChildrenCaps.Apply(level, children, caps, reasons), reasons);
    }
}
