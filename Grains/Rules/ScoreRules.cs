using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>The 100-point regime R2025 (DOMAIN.md §3): 30 common points plus 70 for task results.</summary>
public sealed class ScoreRules(ScoreRuleParameters parameters) : IRuleSet
{
    public string Name => parameters.Name;

    public LevelNames Names => LevelNames.Since2018;

    /// <summary>
    /// <c>score</c> may be left out when <c>common_score</c> and <c>task_score</c> are given: it is their sum.
    /// </summary>
    public IReadOnlySet<string> RequiredColumns { get; } = new HashSet<string>(
    [
        "score", "tasks_total", "tasks_on_time", "tasks_exceeded", "tasks_late", "tasks_unfinished",
        "leadership_disciplined", "affiliates_disciplined", "disunity", "targets_met_percent",
    ]);

    public decimal? ExcellentQuotaShare => ExcellentQuota.Hd21Share;

    /// <summary>From 2018 "clean and strong" is no level of its own: it is derived as HTTNV+.</summary>
    public int CleanStrong(LevelTally tally) => tally.HttnvPlus;

    public Rating Rate(Assessment assessment, ChildLevels children) =>
        EvaluationOrder.Rate(
            assessment,
            children,
            parameters.TargetsMetMinPercent,
            parameters.AffiliatesMaxShare,
            parameters.Caps,
            regimeFails: _ => { },
            reasons => OwnLevel(Tasks.Of(assessment), reasons));

    private Level OwnLevel(Tasks t, List<Reason> reasons)
    {
        var allOnTime = t.Late == 0 && t.Unfinished == 0;
        var exceededEnough = Percent.AtLeast(t.Exceeded, t.Total, parameters.ExcellentMinExceededShare);
        var scoreText = $"Score {t.Score:0.##}";

        if (t.Score >= parameters.ExcellentMinScore && allOnTime && exceededEnough && t.AffiliatesDisciplined == 0)
        {
            reasons.Add(new Reason(ReasonCodes.OwnInputs,
                $"{scoreText} ≥ {parameters.ExcellentMinScore:0.##}, {ExceededText(t)} and no affiliate disciplined: HTXSNV."));
            return Level.Htxsnv;
        }

        if (t.Score >= parameters.GoodMinScore && allOnTime)
        {
            reasons.Add(new Reason(ReasonCodes.OwnInputs,
                $"{scoreText} ≥ {parameters.GoodMinScore:0.##} with all tasks on time: HTTNV; {WhyNotExcellent(t, exceededEnough)}."));
            return Level.Httnv;
        }

        if (t.Score >= parameters.CompleteMinScore && t.Unfinished == 0
            && !Percent.Exceeds(t.Late, t.Total, parameters.CompleteMaxLateShare))
        {
            var whyNotGood = t.Score < parameters.GoodMinScore
                ? $"HTTNV needs a score of {parameters.GoodMinScore:0.##}"
                : $"HTTNV needs every task on time, and {Count.Of(t.Late, "was", "were")} late";
            reasons.Add(new Reason(ReasonCodes.OwnInputs,
                $"{scoreText} ≥ {parameters.CompleteMinScore:0.##}, no task unfinished and {LateText(t)}: HTNV; {whyNotGood}."));
            return Level.Htnv;
        }

        var why = t.Score < parameters.CompleteMinScore
            ? $"{scoreText} is below {parameters.CompleteMinScore:0.##}"
            : t.Unfinished > 0
                ? $"{t.Unfinished} of {t.Total} tasks {(t.Unfinished == 1 ? "is" : "are")} unfinished"
                : $"{t.Late} of {t.Total} tasks were late, more than {Percent.Format(parameters.CompleteMaxLateShare)}";
        reasons.Add(new Reason(ReasonCodes.OwnInputs, $"{why}: KHTNV."));
        return Level.Khtnv;
    }

    private string WhyNotExcellent(Tasks t, bool exceededEnough) =>
        t.Score < parameters.ExcellentMinScore ? $"HTXSNV needs a score of {parameters.ExcellentMinScore:0.##}"
        : !exceededEnough ? $"HTXSNV needs {Percent.Format(parameters.ExcellentMinExceededShare)} of tasks exceeded, and {t.Exceeded} of {t.Total} were"
        : $"HTXSNV needs no disciplined affiliate, and {Count.Of(t.AffiliatesDisciplined, "was", "were")} disciplined";

    // A unit with no tasks meets the task shares (DOMAIN.md §9); say so rather than "0 of 0".
    private string ExceededText(Tasks t) => t.Total == 0
        ? "no tasks to be late or exceed"
        : $"all tasks on time, {t.Exceeded} of {t.Total} exceeded (at least {Percent.Format(parameters.ExcellentMinExceededShare)})";

    private string LateText(Tasks t) => t.Total == 0
        ? "no tasks"
        : $"{t.Late} of {t.Total} late (at most {Percent.Format(parameters.CompleteMaxLateShare)})";

    private sealed record Tasks(decimal Score, int Total, int Exceeded, int Late, int Unfinished, int AffiliatesDisciplined)
    {
        public static Tasks Of(Assessment a) => new(
            a.TotalScore ?? throw new InvalidOperationException("The assessment has no score; the import should have rejected it."),
            a.TasksTotal ?? 0,
            a.TasksExceeded ?? 0,
            a.TasksLate ?? 0,
            a.TasksUnfinished ?? 0,
            a.AffiliatesDisciplined ?? 0);
    }
}
