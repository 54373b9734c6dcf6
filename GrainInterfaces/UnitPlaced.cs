using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// Where the unit sits in its year's tree, sent with every delivery of its inputs. The first one creates the unit
/// with a pending placeholder for each child; later ones may rename it, move it and change its children, as a
/// year's tree imported again may. <paramref name="VersionFloor"/> is where a unit created by this placement starts
/// counting its versions: above any report of it a parent may still hold, when its stored row was lost and is rebuilt.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.unit-placed")]
public sealed record UnitPlaced(int Year, UnitRecord Unit, int Depth, IReadOnlyList<ChildReport> Children, long VersionFloor = 0) : GrainMessage;
