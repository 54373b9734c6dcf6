using System.Globalization;
using Scoring.Grains.Rules;

namespace Scoring.Seeds;

/// <summary>
/// Generates a Hanoi-shaped tree with a year of assessments and member tallies per rating year, and writes them
/// in the import format (DOMAIN.md §8). The same seed and scale give byte-identical files on every machine; the
/// tree (ids, names, member counts) is the same in every year until 2025, when districts were abolished (and the
/// nation's provinces merged), and the inputs differ by year.
/// </summary>
public static class SeedGenerator
{
    /// <summary>The rows of one rating year. Years before <see cref="RuleSets.FirstSupportedYear"/> (2014) are refused.</summary>
    public static SeedYear Generate(int seed, SeedScale scale, int year)
    {
        var regime = SeedRegime.ForYear(year);
        return YearGenerator.Generate(SeedTree.Build(seed, scale, year), seed, year, regime);
    }

    /// <summary>Writes units.csv, assessments.csv and members.csv of <paramref name="year"/> into <paramref name="folder"/>.</summary>
    public static void WriteYear(string folder, SeedYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        SeedCsv.Write(folder, year);
    }

    /// <summary>Generates one year and writes its three files into <paramref name="folder"/>.</summary>
    public static void WriteYear(string folder, int seed, SeedScale scale, int year)
    {
        WriteYear(folder, Generate(seed, scale, year));
        ProgramTargets.WriteFor(folder, scale, year);
    }

    /// <summary>
    /// Writes each year into <c>root/&lt;year&gt;/</c>, reporting each year to <paramref name="progress"/> once its
    /// files are written. Every year is checked before anything is written.
    /// </summary>
    public static void WriteYears(string root, int seed, SeedScale scale, IEnumerable<int> years, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        var regimes = years.Select(year => (Year: year, Regime: SeedRegime.ForYear(year))).ToArray();
        var trees = new Dictionary<int, SeedTree>();
        foreach (var (year, regime) in regimes)
        {
            var era = SeedTree.EraOf(year);
            if (!trees.TryGetValue(era, out var tree))
            {
                trees[era] = tree = SeedTree.Build(seed, scale, year);
            }

            var folder = Path.Combine(root, year.ToString(CultureInfo.InvariantCulture));
            SeedCsv.Write(folder, YearGenerator.Generate(tree, seed, year, regime));
            ProgramTargets.WriteFor(folder, scale, year);
            progress?.Report(year);
        }
    }
}
