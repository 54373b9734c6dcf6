using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// The quota of excellent ratings in one group (DOMAIN.md §5): at most <see cref="Limit"/> =
/// floor(share × HTTNV+) of the group may be HTXSNV. Over quota is a flag for the committee, never a demotion.
/// </summary>
[GenerateSerializer, Immutable, Alias("scoring.quota-check")]
public sealed record QuotaCheck(
    int HttnvPlus,
    int Htxsnv,
    int Limit,
    bool Over);
