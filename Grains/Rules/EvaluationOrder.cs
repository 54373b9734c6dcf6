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
        Func<List<Reason>, Level> ownLevel) =>
        Rate(
            assessment,
            reasons =>
            {
                regimeFails(reasons);
                HardFails.Collect(assessment, children, targetsMetMinPercent, affiliatesMaxShare, reasons);
            },
            ownLevel,
            (level, reasons) => ChildrenCaps.Apply(level, children, caps, reasons));

    /// <param name="hardFails">Adds a reason for each trigger that makes the unit the bottom rank whatever its inputs.</param>
    /// <param name="ownLevel">The level from the unit's own inputs, with its reason.</param>
    /// <param name="childrenCaps">Lowers the level for the unit's children, with a reason for each step that does.</param>
    public static Rating Rate(
        Assessment assessment,
        Action<List<Reason>> hardFails,
        Func<List<Reason>, Level> ownLevel,
        Func<Level, List<Reason>, Level> childrenCaps)
    {
        if (assessment.NotRated)
        {
            return new Rating(Level.NotRated, [new Reason(ReasonCodes.NotRated, "The unit is not rated this year.")]);
        }

        var reasons = new List<Reason>();
        hardFails(reasons);
        if (reasons.Count > 0)
        {
            return new Rating(Level.Khtnv, reasons);
        }

        var level = ownLevel(reasons);
        return new Rating(childrenCaps(level, reasons), reasons);
    }
}
