namespace Scoring.Import;

/// <summary>The columns a file may have and the ones its header must have.</summary>
internal sealed record CsvSchema(string File, IReadOnlyList<string> Known, IReadOnlyList<string> Required);
