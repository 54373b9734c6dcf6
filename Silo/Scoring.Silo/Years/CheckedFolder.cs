using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Import;

namespace Scoring.Silo.Years;

/// <summary>A year's folder after its check: the inputs to deliver, or every reason not to; and what the year held before.</summary>
public sealed record CheckedFolder(YearImport? Import, IReadOnlyDictionary<UnitId, OrganizationState> Stored, IReadOnlyList<ImportError> Errors);
