using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests.Rules;

/// <summary>Test data: assessments that reach a known level on their own, to be varied with <c>with</c>.</summary>
internal static class Assessments
{
    /// <summary>
    /// R2025 inputs that meet HTXSNV with room to spare: score 95, 10 tasks all on time, 5 exceeded, no flags,
    /// every target met.
    /// </summary>
    public static Assessment ExcellentR2025() => new()
    {
        Score = 95m,
        TasksTotal = 10,
        TasksOnTime = 10,
        TasksExceeded = 5,
        TasksLate = 0,
        TasksUnfinished = 0,
        LeadershipDisciplined = false,
        AffiliatesDisciplined = 0,
        Disunity = false,
        TargetsMetPercent = 100m,
    };

    /// <summary>R2025 inputs with the given task counts and no flags; on-time is what is neither late nor unfinished.</summary>
    public static Assessment TasksR2025(decimal score, int total, int exceeded = 0, int late = 0, int unfinished = 0) =>
        ExcellentR2025() with
        {
            Score = score,
            TasksTotal = total,
            TasksOnTime = total - late - unfinished,
            TasksExceeded = exceeded,
            TasksLate = late,
            TasksUnfinished = unfinished,
        };

    /// <summary>R2014 inputs: a score out of 100 and neither disunity nor a member disciplined for corruption.</summary>
    public static Assessment ScoreR2014(decimal score) => new()
    {
        Score = score,
        Disunity = false,
        CorruptionDisciplined = false,
    };

    /// <summary>Criteria grades for R2019 or R2023, with no flag raised and every target met.</summary>
    public static Assessment Grades(Grade politics, Grade organization, Grade tasks, Grade oversight) => new()
    {
        Politics = politics,
        Organization = organization,
        Tasks = tasks,
        Oversight = oversight,
        LeadershipDisciplined = false,
        AffiliatesDisciplined = 0,
        Disunity = false,
        TargetsMetPercent = 100m,
    };

    /// <summary>Grades with the key criterion <c>tasks</c> given and the three others all equal.</summary>
    public static Assessment Grades(Grade tasks, Grade others) => Grades(others, others, tasks, others);

    /// <summary>Every criterion XS: HTXSNV in both grade regimes.</summary>
    public static Assessment ExcellentGrades() => Grades(Grade.XS, Grade.XS);

    /// <summary>Inputs that reach HTXSNV on their own under the named regime.</summary>
    public static Assessment Excellent(string regime) => regime == "R2025" ? ExcellentR2025() : ExcellentGrades();

    /// <summary>Inputs that would be HTXSNV under the named regime but hit one hard-fail trigger.</summary>
    public static Assessment WithHardFail(Assessment assessment, string trigger) => trigger switch
    {
        "disunity" => assessment with { Disunity = true },
        "leadership" => assessment with { LeadershipDisciplined = true },
        "targets" => assessment with { TargetsMetPercent = 49.99m },
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown trigger."),
    };

    public static IRuleSet Regime(string name) => name switch
    {
        "R2014" => RuleSets.R2014,
        "R2019" => RuleSets.R2019,
        "R2023" => RuleSets.R2023,
        "R2025" => RuleSets.R2025,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown regime."),
    };
}

/// <summary>Test data: rated children.</summary>
internal static class Children
{
    public static ChildLevels Organizations(int khtnv = 0, int htnv = 0, int httnv = 0, int htxsnv = 0) =>
        new(ChildSource.Organizations, khtnv, htnv, httnv, htxsnv);

    public static ChildLevels Members(int khtnv = 0, int htnv = 0, int httnv = 0, int htxsnv = 0) =>
        ChildLevels.FromMembers(new MemberTally(htxsnv, httnv, htnv, khtnv, NotRated: 0, Disciplined: 0));

    /// <summary>The given number of child organizations, all HTXSNV: they never cap.</summary>
    public static ChildLevels AllExcellent(int count) => Organizations(htxsnv: count);
}

internal static class ReasonAssertions
{
    public static string[] Codes(this Rating rating) => [.. rating.Reasons.Select(r => r.Code)];

    public static string[] Codes(this IEnumerable<Reason> reasons) => [.. reasons.Select(r => r.Code)];
}
