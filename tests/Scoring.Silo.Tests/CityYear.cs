using System.Diagnostics;
using System.Globalization;
using System.Text;
using Scoring.Seeds;

namespace Scoring.Silo.Tests;

/// <summary>
/// The city-scale 2024 folder, written once for the class, and its undisturbed export from an embedded (SQLite)
/// run of the same folder: what every cluster run below must end with, byte for byte. Also the same folder with every
/// unit's inputs changed, which every unit of a year already run must turn in its grain for.
/// </summary>
public sealed class CityYear : IAsyncLifetime
{
    public const int Year = 2024;

    public const int Units = 19_479;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "scoring-cluster-tests", Guid.NewGuid().ToString("N"));

    public string Input => Path.Combine(Root, "city");

    /// <summary>The folder again with every unit's share of targets met moved by one point (and so every unit's inputs).</summary>
    public string ChangedInput => Path.Combine(Root, "city-changed");

    /// <summary>The units without children, which a run of the new year writes itself before any grain turns.</summary>
    public int Leaves { get; private set; }

    /// <summary>The units with children, which turn in their grains once the leaves are written.</summary>
    public int Parents => Units - Leaves;

    /// <summary>The export of the embedded run, as the export command writes it (UTF-8, no byte order mark).</summary>
    public byte[] Expected { get; private set; } = [];

    public TimeSpan EmbeddedRunTime { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        SeedGenerator.WriteYear(Input, 2026, SeedScale.City, Year);
        WriteChangedInput();
        var parents = File.ReadLines(Path.Combine(Input, "units.csv")).Skip(1).Select(line => line.Split(',')[1]).ToHashSet();
        Leaves = File.ReadLines(Path.Combine(Input, "units.csv")).Skip(1).Count(line => !parents.Contains(line.Split(',')[0]));
        var clock = Stopwatch.StartNew();
        await using var embedded = await SiloHarness.StartAsync();
        var outcome = await embedded.ImportAsync(Input, Year);
        if (!outcome.Succeeded || outcome.Units != Units || outcome.Refused.Count != 0)
        {
            throw new InvalidOperationException(
                $"The embedded run of the city failed: {outcome.Units} units, {outcome.Refused.Count} refused, errors: {string.Join("; ", outcome.Errors)}");
        }

        EmbeddedRunTime = clock.Elapsed;
        Expected = new UTF8Encoding(false).GetBytes(await embedded.ExportAsync(Year));
    }

    private void WriteChangedInput()
    {
        Directory.CreateDirectory(ChangedInput);
        foreach (var file in Directory.GetFiles(Input))
        {
            File.Copy(file, Path.Combine(ChangedInput, Path.GetFileName(file)));
        }

        var lines = File.ReadAllLines(Path.Combine(Input, "assessments.csv"));
        for (var i = 1; i < lines.Length; i++)
        {
            var cut = lines[i].LastIndexOf(',');
            if (decimal.TryParse(lines[i][(cut + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var percent))
            {
                var moved = percent >= 50 ? percent - 1 : percent + 1;
                lines[i] = string.Concat(lines[i].AsSpan(0, cut + 1), moved.ToString(CultureInfo.InvariantCulture));
            }
        }

        File.WriteAllLines(Path.Combine(ChangedInput, "assessments.csv"), lines);
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
