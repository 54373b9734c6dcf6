using System.Diagnostics;
using Scoring.Seeds;

namespace Scoring.Silo.Tests;

/// <summary>
/// ARCHITECTURE.md invariant 2 with a real process: a silo killed at any moment of a city-scale year loses nothing
/// and applies nothing twice, so running the year again gives exactly the undisturbed result.
/// </summary>
[Collection(nameof(ConsoleTests))]
public sealed class ProcessKillTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_silo_killed_mid_run_and_started_again_ends_with_the_undisturbed_year()
    {
        await using var undisturbed = await SiloHarness.StartAsync();
        var input = Path.Combine(undisturbed.Folder, "city");
        SeedGenerator.WriteYear(input, 2026, SeedScale.City, 2024);
        Assert.True((await undisturbed.ImportAsync(input, 2024)).Succeeded);
        var expected = await undisturbed.ExportAsync(2024);

        await using var killed = await SiloHarness.StartAsync(hostSilo: false);
        var run = new[] { "run-year", "--year", "2024", "--input", input, "--store", killed.StorePath };
        using (var starting = StartSilo(run))
        {
            // Early: while it starts or imports.
            await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
            starting.Kill(entireProcessTree: true);
            await starting.WaitForExitAsync(Cancel);
        }

        using (var running = StartSilo(run))
        {
            // Midway: once the first rows are committed (the units without children, which the run writes before any
            // grain turns), and before the city has heard from all of them.
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (await TurnedAsync(killed) == 0 && !running.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, Cancel);
            }

            Assert.False(running.HasExited, "the run ended before it could be killed");
            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync(Cancel);
        }

        Assert.Equal(0, await killed.ScalarAsync("select count(*) from grains where year = 2024 and depth = 0 and version > 0"));
        using var resumed = StartSilo(run);
        await resumed.WaitForExitAsync(Cancel);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(expected, await killed.ExportAsync(2024));
        Assert.True((await killed.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    private static Task<long> TurnedAsync(SiloHarness silo) =>
        silo.ScalarAsync("select count(*) from grains where year = 2024 and version > 0");

    private static Process StartSilo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Scoring.Silo.dll"));
        // The process runs with Scoring's own settings, whatever another test set in this process's environment.
        foreach (var inherited in start.Environment.Keys.Where(key => key.StartsWith("YearRun__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The silo did not start.");
        // Drain both pipes so a chatty child never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
