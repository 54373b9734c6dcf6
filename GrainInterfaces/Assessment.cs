using System.Text.Json.Serialization;

namespace Scoring.GrainInterfaces;

/// <summary>
/// A unit's own inputs for a year, one row of assessments.csv (DOMAIN.md §8). Each regime reads the fields
/// it needs; the others stay null.
/// </summary>
public sealed record Assessment
{
    public bool NotRated { get; init; }
    public decimal? Score { get; init; }
    public decimal? CommonScore { get; init; }
    public decimal? TaskScore { get; init; }
    public int? TasksTotal { get; init; }
    public int? TasksOnTime { get; init; }
    public int? TasksExceeded { get; init; }
    public int? TasksLate { get; init; }
    public int? TasksUnfinished { get; init; }
    public Grade? Politics { get; init; }
    public Grade? Organization { get; init; }
    public Grade? Tasks { get; init; }
    public Grade? Oversight { get; init; }
    public bool? LeadershipDisciplined { get; init; }
    public int? AffiliatesDisciplined { get; init; }
    public bool? Disunity { get; init; }
    public decimal? TargetsMetPercent { get; init; }
    public bool? CorruptionDisciplined { get; init; }

    /// <summary>The score out of 100: as given, or else the sum of its common and task parts.</summary>
    [JsonIgnore]
    public decimal? TotalScore => Score ?? CommonScore + TaskScore;
}
