using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>
/// The unit ids units.csv names, the kind of each (null when its kind cell could not be read) and how many direct
/// child organizations each has.
/// </summary>
internal sealed class UnitIndex(IReadOnlyDictionary<UnitId, UnitKind?> kinds, IReadOnlyDictionary<UnitId, int> childCounts)
{
    public bool Contains(UnitId id) => kinds.ContainsKey(id);

    public UnitKind? KindOf(UnitId id) => kinds.GetValueOrDefault(id);

    public int ChildOrganizations(UnitId id) => childCounts.GetValueOrDefault(id);
}
