namespace Scoring.Import;

/// <summary>
/// The errors found so far across a year's files, reported by file and line, at most <see cref="Limit"/> of them.
/// Files read side by side add to it at once; the order is made when the list is taken.
/// </summary>
internal sealed class ImportErrors
{
    public const int Limit = 1000;

    private readonly List<ImportError> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string file, int line, string? column, string reason)
    {
        lock (_errors)
        {
            _errors.Add(new ImportError(file, line, column, reason));
        }
    }

    public IReadOnlyList<ImportError> ToList()
    {
        var ordered = _errors
            .OrderBy(e => ImportFiles.OrderOf(e.File))
            .ThenBy(e => e.Line)
            .ToList();
        if (ordered.Count <= Limit)
        {
            return ordered;
        }

        var firstLeftOut = ordered[Limit];
        var leftOut = ordered.Count - Limit;
        return
        [
            .. ordered.Take(Limit),
            new ImportError(firstLeftOut.File, 0, null,
                $"{leftOut} more errors were left out (the first of them at line {firstLeftOut.Line})"),
        ];
    }
}
