using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>
/// Everything one import writes, in one transaction: the year's grains when the year is new, grains whose names
/// changed, their read model, and the commands that carry the submitted inputs to their grains. Inputs still
/// waiting from an earlier import are replaced by <see cref="Mail"/>.
/// </summary>
public sealed record YearImportPlan(
    int Year,
    string Regime,
    IReadOnlyList<OrganizationState> NewGrains,
    IReadOnlyList<OrganizationState> RenamedGrains,
    IReadOnlyList<UnitSummary> Summaries,
    IReadOnlyList<Envelope> Mail);
