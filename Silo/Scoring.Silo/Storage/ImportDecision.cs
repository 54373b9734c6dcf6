using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>
/// Decides what an import writes from the year's grains as they stand inside the import's own transaction, so no
/// turn can change them between the look and the write. Null writes nothing.
/// </summary>
public delegate YearImportPlan? ImportDecision(IReadOnlyList<OrganizationState> stored);
