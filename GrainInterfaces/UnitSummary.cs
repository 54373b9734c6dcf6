using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// The read model of one unit for one year: its level with the reasons for it, and the roll-up of its subtree
/// (DOMAIN.md §5, §6, §9). <see cref="Level"/> is the final level: the decided one when the committee recorded a
/// level, else <see cref="Proposed"/>, the rules' result. <see cref="Subtree"/> and <see cref="Direct"/> never count
/// the unit itself. <see cref="Quota"/> and <see cref="Targets"/> are null where none applies.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.unit-summary")]
public sealed record UnitSummary(
    int Year,
    UnitId Unit,
    UnitKind Kind,
    string Name,
    UnitId? Parent,
    int Depth,
    long Version,
    Level Level,
    IReadOnlyList<Reason> Reasons,
    decimal? Score,
    MemberTally Members,
    KindTallies Subtree,
    KindTallies Direct,
    Level Proposed,
    Decision? Decision,
    UnitQuota? Quota,
    IReadOnlyList<TargetResult>? Targets)
{
    /// <summary>The level the committee decided, when it recorded one.</summary>
    public Level? Decided => Decision?.Level;

    /// <summary>Whether the committee granted the TSVM tiêu biểu award.</summary>
    public bool Exemplary => Decision?.Exemplary ?? false;

    /// <summary>Whether two summaries state the same figures, whatever versions they were written at.</summary>
    /// <remarks>Every turn asks this, so it compares the records directly; <see cref="Differences"/> explains.</remarks>
    public bool HasSameFiguresAs(UnitSummary other) =>
        Unit == other.Unit
        && Year == other.Year
        && (Parent, Kind, Name, Depth) == (other.Parent, other.Kind, other.Name, other.Depth)
        && Level == other.Level
        && Proposed == other.Proposed
        && Decision == other.Decision
        && Quota == other.Quota
        && SameTargets(Targets, other.Targets)
        && Score == other.Score
        && Members == other.Members
        && Subtree == other.Subtree
        && Direct == other.Direct
        && Reasons.SequenceEqual(other.Reasons);

    /// <summary>Each figure that differs from <paramref name="other"/>'s, as "field: this, other"; versions are not figures.</summary>
    public IReadOnlyList<string> Differences(UnitSummary other)
    {
        var differences = new List<string>();
        Compare("unit", Unit, other.Unit);
        Compare("year", Year, other.Year);
        Compare("tree", (Parent, Kind, Name, Depth), (other.Parent, other.Kind, other.Name, other.Depth));
        Compare("level", Level, other.Level);
        Compare("proposed", Proposed, other.Proposed);
        Compare("decision", Decision, other.Decision);
        Compare("quota", Quota, other.Quota);
        if (!SameTargets(Targets, other.Targets))
        {
            differences.Add($"targets: {Describe(Targets)}, {Describe(other.Targets)}");
        }

        Compare("score", Score, other.Score);
        differences.AddRange(FigureDifferences.Between("members", Members, other.Members));
        differences.AddRange(FigureDifferences.Between("subtree", Subtree, other.Subtree));
        differences.AddRange(FigureDifferences.Between("direct", Direct, other.Direct));
        if (!Reasons.SequenceEqual(other.Reasons))
        {
            differences.Add(
                $"reasons: {string.Join(", ", Reasons.Select(r => r.Code))}, {string.Join(", ", other.Reasons.Select(r => r.Code))}");
        }

        return differences;

        static string Describe(IReadOnlyList<TargetResult>? targets) =>
            targets is null ? "none" : string.Join(" ", targets.Select(t => $"{t.Code}={t.Actual?.ToString() ?? "-"}{(t.Met ? "+" : "-")}"));

        void Compare<T>(string field, T mine, T theirs)
        {
            if (!EqualityComparer<T>.Default.Equals(mine, theirs))
            {
                differences.Add($"{field}: {mine}, {theirs}");
            }
        }
    }

    private static bool SameTargets(IReadOnlyList<TargetResult>? mine, IReadOnlyList<TargetResult>? theirs) =>
        mine is null || theirs is null ? mine is null && theirs is null : mine.SequenceEqual(theirs);
}
