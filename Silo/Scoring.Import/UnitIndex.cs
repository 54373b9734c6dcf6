using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>The unit ids units.csv names and how many direct child organizations each has.</summary>
internal sealed class UnitIndex(IReadOnlySet<UnitId> ids, IReadOnlyDictionary<UnitId, int> childCounts)
{
    public bool Contains(UnitId id) => ids.Contains(id);

    public int ChildOrganizations(UnitId id) => childCounts.GetValueOrDefault(id);
}
