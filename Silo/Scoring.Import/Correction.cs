using Scoring.GrainInterfaces;

namespace Scoring.Import;

/// <summary>One unit's corrected input, or every reason it cannot be taken (with the file's column names).</summary>
public sealed record Correction<T>(UnitId? Unit, T? Value, IReadOnlyList<ImportError> Errors)
    where T : class
{
    public bool Succeeded => Errors.Count == 0 && Value is not null;
}
