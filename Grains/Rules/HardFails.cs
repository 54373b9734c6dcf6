using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>Step 2 of the evaluation order: triggers that make a unit KHTNV whatever its score or grades.</summary>
internal static class HardFails
{
    public static void Collect(
        Assessment assessment,
        ChildLevels children,
        decimal targetsMetMinPercent,
        decimal? affiliatesMaxShare,
        List<Reason> reasons)
    {
        if (assessment.Disunity == true)
        {
            reasons.Add(new Reason(ReasonCodes.Disunity, "Disunity was concluded in the leadership."));
        }

        if (assessment.LeadershipDisciplined == true)
        {
            reasons.Add(new Reason(ReasonCodes.LeadershipDisciplined, "The leadership collective was disciplined."));
        }

        // With no rated child organization there is no share to take (DOMAIN.md §9), as with the caps.
        if (affiliatesMaxShare is { } maxShare
            && children.RatedOrganizations > 0
            && assessment.AffiliatesDisciplined is > 0 and var disciplined
            && Percent.Exceeds(disciplined, children.RatedOrganizations, maxShare))
        {
            reasons.Add(new Reason(
                ReasonCodes.AffiliatesDisciplined,
                $"{disciplined} of {children.RatedOrganizations} rated child organizations were disciplined, " +
                $"more than {Percent.Format(maxShare)}."));
        }

        if (assessment.TargetsMetPercent is { } met && met < targetsMetMinPercent)
        {
            reasons.Add(new Reason(
                ReasonCodes.TargetsNotMet,
                $"{met:0.##}% of targets were met, fewer than {targetsMetMinPercent:0.##}%."));
        }
    }
}
