using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using Scoring.Grains.Tests.Rules;

namespace Scoring.Grains.Tests;

/// <summary>Test data for the grain and roll-up tests: units, states, child reports and tallies, kept short.</summary>
internal static class Trees
{
    public static UnitId Id(string value) => new(value);

    public static UnitRecord Unit(string id, string? parent, UnitKind kind) =>
        new(Id(id), parent is null ? null : Id(parent), kind, $"Unit {id}");

    /// <summary>
    /// Inputs that reach <paramref name="level"/> on their own (before any cap) under the regime of
    /// <paramref name="year"/>; <see cref="Level.NotRated"/> gives a not-rated row.
    /// </summary>
    public static Assessment Own(int year, Level level)
    {
        var regime = RuleSets.ForYear(year).Name;
        if (regime == "R2014")
        {
            return level switch
            {
                Level.NotRated => new Assessment { NotRated = true },
                Level.Htxsnv => Assessments.ScoreR2014(95m),
                Level.Httnv => Assessments.ScoreR2014(80m),
                Level.Htnv => Assessments.ScoreR2014(60m),
                Level.Khtnv => Assessments.ScoreR2014(40m),
                _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A pending unit has no assessment."),
            };
        }

        var r2025 = regime == "R2025";
        return level switch
        {
            Level.NotRated => new Assessment { NotRated = true },
            Level.Htxsnv => r2025 ? Assessments.ExcellentR2025() : Assessments.Grades(Grade.XS, Grade.XS),
            Level.Httnv => r2025 ? Assessments.TasksR2025(80m, total: 10) : Assessments.Grades(Grade.T, Grade.T),
            Level.Htnv => r2025 ? Assessments.TasksR2025(60m, total: 10, late: 1) : Assessments.Grades(Grade.TB, Grade.TB),
            Level.Khtnv => r2025 ? Assessments.TasksR2025(40m, total: 10) : Assessments.Grades(Grade.K, Grade.T),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A pending unit has no assessment."),
        };
    }

    public static MemberTally Members(
        int htxsnv = 0, int httnv = 0, int htnv = 0, int khtnv = 0, int notRated = 0, int disciplined = 0) =>
        new(htxsnv, httnv, htnv, khtnv, notRated, disciplined);

    /// <summary>Tallies by kind: each entry adds <c>Count</c> organizations of one kind at one level.</summary>
    public static KindTallies Tallies(params (UnitKind Kind, Level Level, int Count)[] counts) =>
        counts.Aggregate(KindTallies.Empty, (tallies, c) => tallies.Add(c.Kind, c.Level, c.Count));

    public static ChildReport Report(
        string child,
        UnitKind kind,
        long version,
        Level level,
        decimal? score = null,
        KindTallies? subtree = null,
        MemberTally? members = null) =>
        new(Id(child), kind, version, level, score, subtree ?? KindTallies.Empty, members ?? MemberTally.Empty);

    /// <summary>A version-0 placeholder, as <see cref="YearTree"/> writes it for a child that has not reported.</summary>
    public static ChildReport Placeholder(string child, UnitKind kind, KindTallies? pendingBelow = null) =>
        Report(child, kind, 0, Level.Pending, subtree: pendingBelow);

    /// <summary>A grain's state with no inputs yet; <paramref name="children"/> are its stored child reports.</summary>
    public static OrganizationState State(
        string unit,
        UnitKind kind,
        string? parent,
        int year = 2024,
        int depth = 0,
        params ChildReport[] children) =>
        new(year, Id(unit), kind, $"Unit {unit}", parent is null ? null : Id(parent), depth, 0, null, null, children);

    /// <summary>A grassroots organization under an upper-level committee, with the given child reports.</summary>
    public static OrganizationState Grassroots(int year, params ChildReport[] children) =>
        State("G", UnitKind.Grassroots, "U", year, depth: 2, children);

    /// <summary>A cell (chi bộ) under a grassroots organization, with no child organizations.</summary>
    public static OrganizationState Cell(int year) => State("C", UnitKind.Cell, "G", year, depth: 3);
}
