using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Api;

/// <summary>
/// Which units a request may find by search: a unit is shown only when the filter allows it, with the ids of its
/// ancestors (root first) so that a filter can keep a subtree.
/// </summary>
public interface IUnitSearchFilter
{
    bool MayFind(HttpContext request, UnitRecord unit, IReadOnlyList<UnitId> ancestors);
}
