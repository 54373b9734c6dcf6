namespace Scoring.GrainInterfaces;

/// <summary>
/// The read model of one unit for one year: its level with the reasons for it, and the roll-up of its subtree
/// (DOMAIN.md §6, §9). <see cref="Subtree"/> and <see cref="Direct"/> never count the unit itself.
/// </summary>
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
    KindTallies Direct)
{
    /// <summary>Whether two summaries state the same figures, whatever versions they were written at.</summary>
    public bool HasSameFiguresAs(UnitSummary other) =>
        Year == other.Year
        && Unit == other.Unit
        && Kind == other.Kind
        && Name == other.Name
        && Parent == other.Parent
        && Depth == other.Depth
        && Level == other.Level
        && Reasons.SequenceEqual(other.Reasons)
        && Score == other.Score
        && Members == other.Members
        && Subtree == other.Subtree
        && Direct == other.Direct;
}
