using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains;

/// <summary>
/// The pure turn of one organization for one year: all of its mail at once, then its level and roll-up again. The
/// version moves, and the parent hears of it, only when what the parent sees has changed; a new place in the tree
/// (parent, depth, kind) is such a change, so a moved unit's report is newer than any its parents hold.
/// </summary>
public sealed class OrganizationTurn(IRuleSet rules)
{
    /// <summary>The unit's level and roll-up from its state alone.</summary>
    public UnitSummary Summarize(OrganizationState state) => RollUp.Summarize(state, rules);

    /// <param name="state">The unit as stored, or null before its first placement in the year's tree.</param>
    public TurnResult Turn(OrganizationState? state, IReadOnlyList<GrainMessage> mail)
    {
        var placed = state ?? Place(mail);
        var before = state is null ? null : RollUp.Summarize(state, rules);
        var next = mail.Aggregate(placed, Apply);
        var summary = RollUp.Summarize(next, rules);
        if (before is not null && summary.HasSameFiguresAs(before))
        {
            // Inputs that leave every figure as it was are still kept, at the same version.
            return new TurnResult(next, before, StateChanged: !ReferenceEquals(next, state), FiguresChanged: false);
        }

        next = next with { Version = placed.Version + 1 };
        return new TurnResult(next, summary with { Version = next.Version }, StateChanged: true, FiguresChanged: true);
    }

    /// <summary>A unit's first state, from the placement its first delivery must carry.</summary>
    private static OrganizationState Place(IReadOnlyList<GrainMessage> mail)
    {
        if (mail.OfType<UnitPlaced>().FirstOrDefault() is not { } placement)
        {
            throw new UnitRefusedException(
                "The unit is not in the year's tree: mail reached it before its placement (an input for a unit the year does not have).");
        }

        return new OrganizationState(
            placement.Year,
            placement.Unit.Id,
            placement.Unit.Kind,
            placement.Unit.Name,
            placement.Unit.Parent,
            placement.Depth,
            Version: placement.VersionFloor,
            Assessment: null,
            Members: null,
            placement.Children.ToArray());
    }

    private static OrganizationState Apply(OrganizationState state, GrainMessage message) => message switch
    {
        UnitPlaced placed => PlaceAgain(state, placed),
        AssessmentSubmitted submitted => Equals(state.Assessment, submitted.Assessment) ? state : state with { Assessment = Checked(state, submitted.Assessment) },
        AssessmentWithdrawn => state.Assessment is null ? state : state with { Assessment = null },
        MembersSubmitted submitted => Equals(state.Members, submitted.Members) ? state : state with { Members = Checked(state, submitted.Members) },
        MembersWithdrawn => state.Members is null ? state : state with { Members = null },
        ChildReported reported => Keep(state, reported.Report),
        DecisionRecorded recorded => Equals(state.Decision, recorded.Decision) ? state : state with { Decision = Checked(recorded.Decision) },
        DecisionWithdrawn => state.Decision is null ? state : state with { Decision = null },
        TargetsSet set => SameTargets(state.Targets, set.Targets) ? state : state with { Targets = set.Targets.Count == 0 ? null : set.Targets.ToArray() },
        _ => throw new UnitRefusedException($"A unit cannot take a {message.GetType().Name}."),
    };

    private static Decision Checked(Decision decision) =>
        decision.Level is { } level && !LevelCodes.Rated.Contains(level)
            ? throw new UnitRefusedException($"A committee decides one of the rated levels, not {level.ToCode()}.")
            : decision;

    private static bool SameTargets(IReadOnlyList<Target>? held, IReadOnlyList<Target> set) =>
        held is null ? set.Count == 0 : held.SequenceEqual(set);

    /// <summary>The import's checks that need the unit's place in the tree, made again here for inputs that come alone (corrections).</summary>
    private static Assessment Checked(OrganizationState state, Assessment assessment) =>
        assessment.AffiliatesDisciplined > state.Children.Count
            ? throw new UnitRefusedException(
                $"Unit {state.Unit} has {state.Children.Count} direct child organizations, so {assessment.AffiliatesDisciplined} of them cannot have been disciplined.")
            : assessment;

    private static MemberTally Checked(OrganizationState state, MemberTally members) =>
        state.Children.Count > 0 || state.Kind is not (UnitKind.Cell or UnitKind.Grassroots)
            ? throw new UnitRefusedException(
                $"Unit {state.Unit} ({state.Kind.ToCode()}, {state.Children.Count} child organizations) has no members of its own: its members are counted in its cells.")
            : members;

    /// <summary>
    /// A placement may rename the unit, move it (another parent, depth or kind) and change its children: a child it
    /// keeps keeps its newest report, a new child starts as the placement's placeholder (version 0, so the child's
    /// report replaces it), and a child that left is no longer counted.
    /// </summary>
    private static OrganizationState PlaceAgain(OrganizationState state, UnitPlaced placed)
    {
        var unit = placed.Unit;
        if (unit.Id != state.Unit || placed.Year != state.Year)
        {
            throw new UnitRefusedException(
                $"Unit {state.Unit} of {state.Year} was handed the placement of {unit.Id} of {placed.Year}.");
        }

        var children = Children(state.Children, placed.Children);
        return (state.Name, state.Parent, state.Kind, state.Depth) == (unit.Name, unit.Parent, unit.Kind, placed.Depth)
            && ReferenceEquals(children, state.Children)
            ? state
            : state with { Name = unit.Name, Parent = unit.Parent, Kind = unit.Kind, Depth = placed.Depth, Children = children };
    }

    /// <summary>The held children when the placement names the same ones; otherwise the placement's, with the reports held for those kept.</summary>
    private static IReadOnlyList<ChildReport> Children(IReadOnlyList<ChildReport> held, IReadOnlyList<ChildReport> placed)
    {
        var heldById = new Dictionary<UnitId, ChildReport>(held.Count);
        foreach (var child in held)
        {
            heldById[child.Child] = child;
        }

        if (placed.Count == held.Count && placed.All(child => heldById.ContainsKey(child.Child)))
        {
            return held;
        }

        return placed.Select(child => heldById.GetValueOrDefault(child.Child, child)).ToArray();
    }

    /// <summary>Keeps the newer of the stored and the incoming report; older and duplicate reports change nothing.</summary>
    private static OrganizationState Keep(OrganizationState state, ChildReport report)
    {
        var children = state.Children;
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Child != report.Child)
            {
                continue;
            }

            if (children[i].Version >= report.Version)
            {
                return state;
            }

            var updated = children.ToArray();
            updated[i] = report;
            return state with { Children = updated };
        }

        throw new UnitRefusedException(
            $"Unit {state.Unit} of {state.Year} has no child {report.Child}; reports only come from the year's tree.");
    }
}
