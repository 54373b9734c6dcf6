using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>How many organizations are at each level, with pending and not-rated ones in buckets of their own.</summary>
[GenerateSerializer, Immutable, Alias("scoring.level-tally")]
public sealed record LevelTally(
    [property: JsonPropertyName("PENDING")] int Pending,
    [property: JsonPropertyName("NOT_RATED")] int NotRated,
    [property: JsonPropertyName("KHTNV")] int Khtnv,
    [property: JsonPropertyName("HTNV")] int Htnv,
    [property: JsonPropertyName("HTTNV")] int Httnv,
    [property: JsonPropertyName("HTXSNV")] int Htxsnv)
{
    public static LevelTally Empty { get; } = new(0, 0, 0, 0, 0, 0);

    [JsonIgnore]
    public int Rated => Khtnv + Htnv + Httnv + Htxsnv;

    [JsonIgnore]
    public int Total => Rated + NotRated + Pending;

    [JsonIgnore]
    public int HttnvPlus => Htxsnv + Httnv;

    public int Count(Level level) => level switch
    {
        Level.Pending => Pending,
        Level.NotRated => NotRated,
        Level.Khtnv => Khtnv,
        Level.Htnv => Htnv,
        Level.Httnv => Httnv,
        Level.Htxsnv => Htxsnv,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public LevelTally Add(Level level, int count = 1) => level switch
    {
        Level.Pending => this with { Pending = Pending + count },
        Level.NotRated => this with { NotRated = NotRated + count },
        Level.Khtnv => this with { Khtnv = Khtnv + count },
        Level.Htnv => this with { Htnv = Htnv + count },
        Level.Httnv => this with { Httnv = Httnv + count },
        Level.Htxsnv => this with { Htxsnv = Htxsnv + count },
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public LevelTally Plus(LevelTally other) => new(
        Pending + other.Pending,
        NotRated + other.NotRated,
        Khtnv + other.Khtnv,
        Htnv + other.Htnv,
        Httnv + other.Httnv,
        Htxsnv + other.Htxsnv);
}
