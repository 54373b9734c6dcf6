using System.Text.Json.Serialization;
using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>A <see cref="LevelTally"/> for each kind of organization that can sit below another.</summary>
[GenerateSerializer, Immutable, Alias("scoring.kind-tallies")]
public sealed record KindTallies(LevelTally Upper, LevelTally Grassroots, LevelTally Partial, LevelTally Cell)
{
    public static KindTallies Empty { get; } = new(LevelTally.Empty, LevelTally.Empty, LevelTally.Empty, LevelTally.Empty);

    public LevelTally Of(UnitKind kind) => kind switch
    {
        UnitKind.Upper => Upper,
        UnitKind.Grassroots => Grassroots,
        UnitKind.Partial => Partial,
        UnitKind.Cell => Cell,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The city is never below another unit."),
    };

    /// <summary>All kinds together: what the caps read for a unit's direct children.</summary>
    [JsonIgnore]
    public LevelTally AllKinds => Upper.Plus(Grassroots).Plus(Partial).Plus(Cell);

    public KindTallies Add(UnitKind kind, Level level, int count = 1) => kind switch
    {
        UnitKind.Upper => this with { Upper = Upper.Add(level, count) },
        UnitKind.Grassroots => this with { Grassroots = Grassroots.Add(level, count) },
        UnitKind.Partial => this with { Partial = Partial.Add(level, count) },
        UnitKind.Cell => this with { Cell = Cell.Add(level, count) },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The city is never below another unit."),
    };

    public KindTallies Plus(KindTallies other) => new(
        Upper.Plus(other.Upper),
        Grassroots.Plus(other.Grassroots),
        Partial.Plus(other.Partial),
        Cell.Plus(other.Cell));
}
