namespace Scoring.Import;

/// <summary>The raw fields of one CSV record and the physical line it starts on.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
