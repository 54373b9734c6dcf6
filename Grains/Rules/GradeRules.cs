using Scoring.GrainInterfaces;

namespace Scoring.Grains.Rules;

/// <summary>The criteria-grade regimes R2019 and R2023 (DOMAIN.md §3).</summary>
public sealed class GradeRules(GradeRuleParameters parameters) : IRuleSet
{
    private static readonly (string Name, Func<Assessment, Grade?> Read)[] Criteria =
    [
        ("politics", a => a.Politics),
        ("organization", a => a.Organization),
        ("tasks", a => a.Tasks),
        ("oversight", a => a.Oversight),
    ];

    public string Name => parameters.Name;

    public LevelNames Names => LevelNames.Since2018;

    public IReadOnlySet<string> RequiredColumns { get; } = new HashSet<string>(
        ["politics", "organization", "tasks", "oversight", "leadership_disciplined", "disunity", "targets_met_percent",
            .. parameters.AffiliatesMaxShare is null && !parameters.ExcellentNeedsNoDisciplinedAffiliate
                ? Array.Empty<string>()
                : ["affiliates_disciplined"]]);

    public decimal? ExcellentQuotaShare => ExcellentQuota.Hd21Share;

    /// <summary>From 2018 "clean and strong" is no level of its own: it is derived as HTTNV+.</summary>
    public int CleanStrong(LevelTally tally) => tally.HttnvPlus;

    public Rating Rate(Assessment assessment, ChildLevels children)
    {
        var grades = assessment.NotRated
            ? []
            : Criteria.Select(c => (c.Name, Grade: c.Read(assessment) ?? throw MissingGrade(c.Name))).ToArray();
        return EvaluationOrder.Rate(
            assessment,
            children,
            parameters.TargetsMetMinPercent,
            parameters.AffiliatesMaxShare,
            parameters.Caps,
            reasons => reasons.AddRange(grades
                .Where(g => g.Grade == Grade.K)
                .Select(g => new Reason(ReasonCodes.GradeK, $"The criterion '{g.Name}' was graded K (kém)."))),
            reasons => OwnLevel(assessment, grades, reasons));
    }

    private Level OwnLevel(Assessment assessment, (string Name, Grade Grade)[] grades, List<Reason> reasons)
    {
        var key = grades.Where(g => parameters.KeyCriteria.Contains(g.Name)).ToArray();
        var others = grades.Where(g => !parameters.KeyCriteria.Contains(g.Name)).ToArray();
        var keyNames = string.Join(", ", key.Select(g => g.Name));
        var described = string.Join(", ", grades.Select(g => $"{g.Name} {g.Grade}"));

        var excellentGrades = key.All(g => g.Grade == Grade.XS) && others.All(g => g.Grade >= Grade.T);
        var affiliatesClear = !parameters.ExcellentNeedsNoDisciplinedAffiliate || assessment.AffiliatesDisciplined is null or 0;
        if (excellentGrades && affiliatesClear)
        {
            reasons.Add(new Reason(ReasonCodes.OwnInputs,
                $"Grades ({described}) meet HTXSNV: key criteria ({keyNames}) XS and the others at least T."));
            return Level.Htxsnv;
        }

        var notHigher = excellentGrades
            ? $"HTXSNV needs no disciplined affiliate, and {Count.Of(assessment.AffiliatesDisciplined ?? 0, "was", "were")} disciplined"
            : $"HTXSNV needs key criteria ({keyNames}) XS and the others at least T";
        if (key.All(g => g.Grade >= Grade.T) && others.All(g => g.Grade >= Grade.TB))
        {
            reasons.Add(new Reason(ReasonCodes.OwnInputs, $"Grades ({described}) meet HTTNV; {notHigher}."));
            return Level.Httnv;
        }

        reasons.Add(new Reason(ReasonCodes.OwnInputs,
            $"Grades ({described}) meet HTNV; HTTNV needs key criteria ({keyNames}) at least T and the others at least TB."));
        return Level.Htnv;
    }

    private static InvalidOperationException MissingGrade(string criterion) =>
        new($"The assessment has no grade for '{criterion}'; the import should have rejected it.");
}
