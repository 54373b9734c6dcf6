using System.Diagnostics;
using System.Text;
using Scoring.Seeds;

namespace Scoring.Silo.Tests;

/// <summary>
/// The city-scale 2024 folder, written once for the class, and its undisturbed export from an embedded (SQLite)
/// run of the same folder: what every cluster run below must end with, byte for byte.
/// </summary>
public sealed class CityYear : IAsyncLifetime
{
    public const int Year = 2024;

    public const int Units = 19_479;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "scoring-cluster-tests", Guid.NewGuid().ToString("N"));

    public string Input => Path.Combine(Root, "city");

    /// <summary>The export of the embedded run, as the export command writes it (UTF-8, no byte order mark).</summary>
    public byte[] Expected { get; private set; } = [];

    public TimeSpan EmbeddedRunTime { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        SeedGenerator.WriteYear(Input, 2026, SeedScale.City, Year);
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

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
