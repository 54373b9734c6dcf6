using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Import;

/// <summary>
/// Reads one year's folder of CSV files (DOMAIN.md §8) all or nothing: every error across the three files is
/// reported, and any error means nothing is imported.
/// </summary>
public static class YearImporter
{
    /// <summary>
    /// Reads units.csv, and assessments.csv and members.csv when they exist (a missing one has no rows), and
    /// decisions.csv and targets.csv when they exist (a missing one leaves the year's as they are). Reports the bytes
    /// read of all the files' bytes to <paramref name="progress"/>, from the threads that read them.
    /// </summary>
    public static ImportResult ReadFolder(string folder, int year, IProgress<ReadProgress>? progress = null)
    {
        if (!Directory.Exists(folder))
        {
            return Failed(ImportFiles.Units, $"the folder '{folder}' does not exist");
        }

        // Each file looked at once: whether it is there, and its size for the progress.
        var present = ImportFiles.All
            .Select(file => new FileInfo(Path.Combine(folder, file)))
            .Where(file => file.Exists)
            .ToDictionary(file => file.Name, StringComparer.Ordinal);
        if (!present.ContainsKey(ImportFiles.Units))
        {
            return Failed(ImportFiles.Units, $"the folder '{folder}' has no {ImportFiles.Units}");
        }

        var files = new CountedFiles(present.Values.Sum(file => file.Length), progress);
        using var units = OpenIfPresent(ImportFiles.Units)!;
        using var assessments = OpenIfPresent(ImportFiles.Assessments);
        using var members = OpenIfPresent(ImportFiles.Members);
        using var decisions = OpenIfPresent(ImportFiles.Decisions);
        using var targets = OpenIfPresent(ImportFiles.Targets);
        return Read(year, units, assessments, members, decisions, targets);

        StreamReader? OpenIfPresent(string file) => present.TryGetValue(file, out var info) ? files.Open(info.FullName) : null;
    }

    /// <summary>
    /// Reads the files from readers; a null reader of assessments or members is a file with no rows, of decisions or
    /// targets a file that is not there.
    /// </summary>
    public static ImportResult Read(
        int year, TextReader units, TextReader? assessments, TextReader? members, TextReader? decisions = null, TextReader? targets = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (!RuleSets.TryForYear(year, out var rules))
        {
            return Failed(ImportFiles.Units, $"the year {RuleSets.Unsupported(year)}");
        }

        var errors = new ImportErrors();
        var (unitRecords, index) = UnitsFile.Read(units, errors);
        // The assessments and the member tallies only look units up: on a country's files, reading them side by side
        // saves about a second.
        Dictionary<UnitId, Assessment> assessmentsByUnit = [];
        Dictionary<UnitId, MemberTally> membersByUnit = [];
        Parallel.Invoke(
            () => assessmentsByUnit = assessments is null ? [] : AssessmentsFile.Read(assessments, rules, index, errors),
            () => membersByUnit = members is null ? [] : MembersFile.Read(members, index, errors));
        var decisionsByUnit = decisions is null ? null : DecisionsFile.Read(decisions, rules.Names, index, errors);
        var yearTargets = targets is null ? null : TargetsFile.Read(targets, year, errors);

        return errors.Any
            ? new ImportResult(null, errors.ToList())
            : new ImportResult(new YearImport(year, unitRecords, assessmentsByUnit, membersByUnit, decisionsByUnit, yearTargets), []);
    }

    private static ImportResult Failed(string file, string reason) => new(null, [new ImportError(file, 0, null, reason)]);
}
