using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>
/// Everything one import writes, in one transaction: the year's grains and read model when the year is new,
/// and the commands that carry the submitted inputs to their grains.
/// </summary>
public sealed record YearImportPlan(
    int Year,
    string Regime,
    IReadOnlyList<OrganizationState> NewGrains,
    IReadOnlyList<UnitSummary> NewSummaries,
    IReadOnlyList<Envelope> Mail);
