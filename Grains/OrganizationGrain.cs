using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains;

/// <summary>
/// One organization for one year. A turn delivers all of the grain's mail at once and recomputes its level and
/// roll-up; the version moves, and the parent hears of it, only when what the parent sees has changed.
/// </summary>
public sealed class OrganizationGrain(IRuleSet rules)
{
    public TurnResult Turn(OrganizationState state, IReadOnlyList<GrainMessage> mail)
    {
        var before = RollUp.Summarize(state, rules);
        var next = mail.Aggregate(state, Apply);
        var summary = RollUp.Summarize(next, rules);
        if (summary.HasSameFiguresAs(before))
        {
            return new TurnResult(next, before, ReportToParent: null);
        }

        next = next with { Version = state.Version + 1 };
        summary = summary with { Version = next.Version };
        return new TurnResult(next, summary, next.Parent is null ? null : RollUp.ToReport(summary));
    }

    private static OrganizationState Apply(OrganizationState state, GrainMessage message) => message switch
    {
        AssessmentSubmitted submitted => state with { Assessment = submitted.Assessment },
        AssessmentWithdrawn => state with { Assessment = null },
        MembersSubmitted submitted => state with { Members = submitted.Members },
        MembersWithdrawn => state with { Members = null },
        ChildReported reported => Keep(state, reported.Report),
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "Unknown message."),
    };

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

        throw new InvalidOperationException(
            $"Unit {state.Unit} of {state.Year} has no child {report.Child}; reports only come from the year's tree.");
    }
}
