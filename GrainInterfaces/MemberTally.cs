using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>How many members were rated at each level, how many were not rated, and how many were disciplined.</summary>
[GenerateSerializer, Immutable, Alias("scoring.member-tally")]
public sealed record MemberTally(
    [property: JsonPropertyName("HTXSNV")] int Htxsnv,
    [property: JsonPropertyName("HTTNV")] int Httnv,
    [property: JsonPropertyName("HTNV")] int Htnv,
    [property: JsonPropertyName("KHTNV")] int Khtnv,
    [property: JsonPropertyName("NOT_RATED")] int NotRated,
    int Disciplined)
{
    public static MemberTally Empty { get; } = new(0, 0, 0, 0, 0, 0);

    [JsonIgnore]
    public int Rated => Htxsnv + Httnv + Htnv + Khtnv;

    [JsonIgnore]
    public int Total => Rated + NotRated;

    [JsonIgnore]
    public int HttnvPlus => Htxsnv + Httnv;

    public MemberTally Plus(MemberTally other) => new(
        Htxsnv + other.Htxsnv,
        Httnv + other.Httnv,
        Htnv + other.Htnv,
        Khtnv + other.Khtnv,
        NotRated + other.NotRated,
        Disciplined + other.Disciplined);
}
