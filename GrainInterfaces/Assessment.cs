using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// A unit's own inputs for a year, one row of assessments.csv (DOMAIN.md §8). Each regime reads the fields
/// it needs; the others stay null.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.assessment")]
public sealed record Assessment
{
    [Id(0)]
    public bool NotRated { get; init; }
    [Id(1)]
    public decimal? Score { get; init; }
    [Id(2)]
    public decimal? CommonScore { get; init; }
    [Id(3)]
    public decimal? TaskScore { get; init; }
    [Id(4)]
    public int? TasksTotal { get; init; }
    [Id(5)]
    public int? TasksOnTime { get; init; }
    [Id(6)]
    public int? TasksExceeded { get; init; }
    [Id(7)]
    public int? TasksLate { get; init; }
    [Id(8)]
    public int? TasksUnfinished { get; init; }
    [Id(9)]
    public Grade? Politics { get; init; }
    [Id(10)]
    public Grade? Organization { get; init; }
    [Id(11)]
    public Grade? Tasks { get; init; }
    [Id(12)]
    public Grade? Oversight { get; init; }
    [Id(13)]
    public bool? LeadershipDisciplined { get; init; }
    [Id(14)]
    public int? AffiliatesDisciplined { get; init; }
    [Id(15)]
    public bool? Disunity { get; init; }
    [Id(16)]
    public decimal? TargetsMetPercent { get; init; }
    [Id(17)]
    public bool? CorruptionDisciplined { get; init; }

    /// <summary>The score out of 100: as given, or else the sum of its common and task parts.</summary>
    [JsonIgnore]
    public decimal? TotalScore => Score ?? CommonScore + TaskScore;
}
