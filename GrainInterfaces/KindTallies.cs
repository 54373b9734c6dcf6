using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// A <see cref="LevelTally"/> for each kind of organization that can sit below another. <see cref="City"/> is null
/// until a city is counted: only a nation has cities below it, and a city's reports keep the four kinds they always had.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.kind-tallies")]
public sealed record KindTallies(
    LevelTally Upper,
    LevelTally Grassroots,
    LevelTally Partial,
    LevelTally Cell,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LevelTally? City = null)
{
    public static KindTallies Empty { get; } = new(LevelTally.Empty, LevelTally.Empty, LevelTally.Empty, LevelTally.Empty);

    public LevelTally Of(UnitKind kind) => kind switch
    {
        UnitKind.City => City ?? LevelTally.Empty,
        UnitKind.Upper => Upper,
        UnitKind.Grassroots => Grassroots,
        UnitKind.Partial => Partial,
        UnitKind.Cell => Cell,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The nation is never below another unit."),
    };

    /// <summary>All kinds together: what the caps read for a unit's direct children.</summary>
    [JsonIgnore]
    public LevelTally AllKinds
    {
        get
        {
            var all = Upper.Plus(Grassroots).Plus(Partial).Plus(Cell);
            return City is null ? all : all.Plus(City);
        }
    }

    public KindTallies Add(UnitKind kind, Level level, int count = 1) => kind switch
    {
        UnitKind.City => this with { City = (City ?? LevelTally.Empty).Add(level, count) },
        UnitKind.Upper => this with { Upper = Upper.Add(level, count) },
        UnitKind.Grassroots => this with { Grassroots = Grassroots.Add(level, count) },
        UnitKind.Partial => this with { Partial = Partial.Add(level, count) },
        UnitKind.Cell => this with { Cell = Cell.Add(level, count) },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The nation is never below another unit."),
    };

    public KindTallies Plus(KindTallies other) => new(
        Upper.Plus(other.Upper),
        Grassroots.Plus(other.Grassroots),
        Partial.Plus(other.Partial),
        Cell.Plus(other.Cell),
        City is null ? other.City : other.City is null ? City : City.Plus(other.City));
}
