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
        var final = Decide(rating, state.Decision, rules.Names);
        return new UnitSummary(
            state.Year,
            state.Unit,
            state.Kind,
            state.Name,
            state.Parent,
            state.Depth,
            state.Version,
            final.Level,
            // A plain array: the summary crosses grain calls, and Orleans has no codec for collection-expression types.
            final.Reasons.ToArray(),
            state.Assessment?.TotalScore,
            members,
            subtree,
            direct,
            rating.Level,
            state.Decision,
            Quota(state, direct, members, rules),
            state.Targets is { Count: > 0 } targets
                ? targets.Where(t => t.AppliesTo == state.Kind && t.AppliesIn(state.Year))
                    .Select(t => TargetCheck.Evaluate(t, subtree, members, rules))
                    .ToArray()
                : null);
    }

    /// <summary>
    /// The final level: the committee's when it decided one (DOMAIN.md §9), with a reason saying so beside the
    /// rules' own; else the proposed level.
    /// </summary>
    private static Rating Decide(Rating proposed, Decision? decision, LevelNames names)
    {
        if (decision?.Level is not { } decided)
        {
            return proposed;
        }

        var note = string.IsNullOrWhiteSpace(decision.Note) ? string.Empty : $" Note: {decision.Note}";
        var sentence = decided == proposed.Level
            ? $"The deciding committee confirmed {names.Code(decided)}.{note}"
            : $"The deciding committee decided {names.Code(decided)}; the rules proposed {names.Code(proposed.Level)}.{note}";
        return new Rating(
            decided,
            [.. proposed.Reasons.Where(r => r.Code != ReasonCodes.ChildrenPending), new Reason(ReasonCodes.Decided, sentence)]);
    }

    /// <summary>
    /// The quota checks that apply (DOMAIN.md §5): over the direct child organizations' final levels when there are
    /// any, and over the subtree's members for a grassroots organization; none under a regime without a quota.
    /// </summary>
    private static UnitQuota? Quota(OrganizationState state, KindTallies direct, MemberTally members, IRuleSet rules)
    {
        if (rules.ExcellentQuotaShare is not { } share)
        {
            return null;
        }

        var organizations = direct.AllKinds;
        var children = state.Children.Count > 0 ? ExcellentQuota.Check(organizations.HttnvPlus, organizations.Htxsnv, share) : null;
        var ofMembers = state.Kind == UnitKind.Grassroots ? ExcellentQuota.Check(members.HttnvPlus, members.Htxsnv, share) : null;
        return children is null && ofMembers is null ? null : new UnitQuota(children, ofMembers);
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
