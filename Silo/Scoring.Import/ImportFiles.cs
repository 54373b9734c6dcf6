namespace Scoring.Import;

/// <summary>The file names of a year's folder (DOMAIN.md §8).</summary>
public static class ImportFiles
{
    public const string Units = "units.csv";
    public const string Assessments = "assessments.csv";
    public const string Members = "members.csv";
    public const string Decisions = "decisions.csv";
    public const string Targets = "targets.csv";

    private static readonly string[] ReadOrder = [Units, Assessments, Members, Decisions, Targets];

    /// <summary>Every file a folder may hold, in the order they are read.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(ReadOrder);

    /// <summary>Errors are listed file by file in the order the files are read.</summary>
    public static int OrderOf(string file) => Array.IndexOf(ReadOrder, file);
}
