namespace Scoring.Import;

/// <summary>
/// The outcome of reading a year's files: all or nothing, so <see cref="Import"/> is null whenever there is an error.
/// </summary>
public sealed record ImportResult(YearImport? Import, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
