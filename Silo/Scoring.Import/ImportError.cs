namespace Scoring.Import;

/// <summary>
/// One reason a year's CSV files cannot be imported. <paramref name="Line"/> is the physical line the record
/// starts on (the header is line 1), or 0 when the error is about a whole file; <paramref name="Column"/> is
/// null when the error is about a whole row or file.
/// </summary>
public sealed record ImportError(string File, int Line, string? Column, string Reason)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        return Column is null ? $"{where}: {Reason}" : $"{where}: {Column}: {Reason}";
    }
}
