using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains;

/// <summary>The roll-up math of DOMAIN.md §6 and §9: a unit's level and tallies from its state alone.</summary>
public static class RollUp
{
    public static UnitSummary Summarize(OrganizationState state, IRuleSet rules)
    {
        var direct = KindTallies.Empty;
        var subtree = KindTallies.Empty;
        var members = state.Members ?? MemberTally.Empty;
        foreach (var child in state.Children)
        {
            direct = direct.Add(child.Kind, child.Level);
            subtree = subtree.Plus(child.Subtree);
            members = members.Plus(child.Members);
        }

        subtree = subtree.Plus(direct);
        var rating = Rate(state, direct, subtree.AllKinds.Pending, rules);
        return new UnitSummary(
            state.Year,
            state.Unit,
            state.Kind,
            state.Name,
            state.Parent,
            state.Depth,
            state.Version,
            rating.Level,
            // A plain array: the summary crosses grain calls, and Orleans has no codec for collection-expression types.
            rating.Reasons.ToArray(),
            state.Assessment?.TotalScore,
            members,
            subtree,
            direct);
    }

    public static ChildReport ToReport(UnitSummary summary) =>
        new(summary.Unit, summary.Kind, summary.Version, summary.Level, summary.Score, summary.Subtree, summary.Members);

    private static Rating Rate(OrganizationState state, KindTallies direct, int pendingBelow, IRuleSet rules)
    {
        if (state.Assessment is null)
        {
            return new Rating(Level.Pending, [new Reason(ReasonCodes.Pending, "No assessment has been submitted yet.")]);
        }

        // The caps read the direct child organizations when there are any, else the unit's own members.
        var children = state.Children.Count > 0
            ? ChildLevels.FromOrganizations(direct.AllKinds)
            : ChildLevels.FromMembers(state.Members ?? MemberTally.Empty);
        var rating = rules.Rate(state.Assessment, children);
        // Shares are of rated units only, so a level can still move either way until every unit below has one.
        if (pendingBelow == 0 || rating.Level == Level.NotRated)
        {
            return rating;
        }

        return rating with
        {
            Reasons =
            [
                .. rating.Reasons,
                new Reason(
                    ReasonCodes.ChildrenPending,
                    $"{Count.Of(pendingBelow, "unit below has", "units below have")} no level yet; until they do, {rules.Names.Code(rating.Level)} is provisional and may still change."),
            ],
        };
    }
}
