using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans;
using Orleans.Runtime;
using Scoring.Grains;
using Scoring.Seeds;

namespace Scoring.Silo.Tests;

/// <summary>
/// A city-scale year on a cluster of real silo processes over the real PostgreSQL server, disturbed the ways
/// production is: a silo killed (SIGKILL) or stopped (SIGTERM) mid-run, a silo added mid-run, the database
/// restarted mid-run. Each test has a database of its own; every process it starts is killed when it ends.
/// </summary>
[Collection(nameof(ClusterProcessRuns))]
public sealed class ClusterProcessTests(PostgresServer server, CityYear city) : IClassFixture<CityYear>, IAsyncDisposable
{
    private static readonly TimeSpan SiloStartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan EvictionTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Orleans' status code of a silo the cluster declared dead (SiloStatus.Dead).</summary>
    private const int DeadStatus = 6;

    private readonly List<SiloProcess> _processes = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(KillMoment.Early)]
    [InlineData(KillMoment.Midway)]
    [InlineData(KillMoment.Late)]
    public async Task A_city_year_on_three_silos_completes_to_the_undisturbed_export_although_one_silo_is_killed(KillMoment moment)
    {
        var store = await NewStoreAsync($"kill_{moment}".ToLowerInvariant());
        var silos = await StartSilosAsync(store, 3);
        var victim = silos[(int)moment];
        // Counted in the grain turns, which start once the run has written the units without children itself.
        var threshold = city.Leaves + moment switch
        {
            KillMoment.Early => 1,
            KillMoment.Midway => city.Parents / 2,
            _ => city.Parents * 95 / 100,
        };

        var run = RunYear(store);
        var rows = await WaitForRowsAsync(store, threshold, run);
        victim.Kill();
        var killedAt = run.Elapsed;
        var evicted = await UntilDeadAsync(store, victim.SiloPort);
        var exit = await run.WaitForExitAsync(RunTimeout, Cancel);

        Report($"{moment}: killed {victim.Name} (SIGKILL) at {killedAt.TotalSeconds:0.0} s into run-year, with {rows:N0} of {CityYear.Units:N0} grains rows; " +
            $"its membership row showed status 6 (dead) {Seconds(evicted)} after the kill; run-year exited {exit} after {run.Lifetime!.Value.TotalSeconds:0.0} s " +
            $"(the embedded run took {city.EmbeddedRunTime.TotalSeconds:0.0} s).");
        Check(evicted is not null, () => $"The killed silo's membership row did not reach status 6 within {EvictionTimeout.TotalSeconds:0} s.");
        Check(exit == 0, () => $"run-year exited with {exit} after {victim.Name} was killed {moment}.");
        AssertAlive(silos.Where(s => s != victim));
        await AssertUndisturbedAsync(store);
    }

    [Fact]
    public async Task A_silo_stopped_by_SIGTERM_mid_run_leaves_by_itself_and_the_run_completes_with_no_dead_mail()
    {
        var store = await NewStoreAsync("sigterm");
        var silos = await StartSilosAsync(store, 2);
        var stopping = silos[0];

        var run = RunYear(store);
        var rows = await WaitForRowsAsync(store, city.Leaves + (city.Parents / 2), run);
        var stoppedAt = stopping.Elapsed;
        await stopping.TerminateAsync(Cancel);
        var stopExit = await stopping.WaitForExitAsync(CommandTimeout, Cancel);
        var stopTime = stopping.Lifetime!.Value - stoppedAt;
        var exit = await run.WaitForExitAsync(RunTimeout, Cancel);
        var deadMail = await ScalarAsync(store, $"select count(*) from dead_mail where year = {CityYear.Year}");
        var status = await ScalarAsync(store, $"select coalesce(max(status), -1) from orleansmembershiptable where port = {stopping.SiloPort}");

        Report($"SIGTERM to {stopping.Name} with {rows:N0} of {CityYear.Units:N0} grains rows: it exited {stopExit} {stopTime.TotalSeconds:0.0} s later " +
            $"(membership status {status}); run-year exited {exit} after {run.Lifetime!.Value.TotalSeconds:0.0} s with {deadMail} dead mail.");
        Check(stopExit == 0, () => $"The stopped silo exited with {stopExit}.");
        Check(stopTime < TimeSpan.FromSeconds(10), () => $"The stopped silo took {stopTime.TotalSeconds:0.0} s to leave.");
        Check(stopping.StandardOutput.Contains("Silo stopped.", StringComparison.Ordinal), () => "The stopped silo did not say \"Silo stopped.\"");
        Check(exit == 0, () => $"run-year exited with {exit} after a silo was stopped.");
        Check(deadMail == 0, () => $"The run set {deadMail} units aside as dead mail after a graceful stop.");
        AssertAlive(silos.Skip(1));
        await AssertUndisturbedAsync(store);
    }

    [Fact]
    public async Task A_silo_added_during_a_run_receives_activations_of_the_organization_grain()
    {
        var store = await NewStoreAsync("scale_out");
        // The year is run once on a silo that then leaves, so that the run below activates every grain it turns.
        var seeding = (await StartSilosAsync(store, 1))[0];
        Check(await RunYear(store).WaitForExitAsync(RunTimeout, Cancel) == 0, () => "The first run of the year failed.");
        await seeding.TerminateAsync(Cancel);
        Check(await seeding.WaitForExitAsync(CommandTimeout, Cancel) == 0, () => "The first silo did not leave after SIGTERM.");
        var first = await StartSiloAsync(store, "silo 1");

        // Every unit's inputs change, so every unit turns in its grain: a run long enough for a silo to join it.
        var run = RunYear(store, "run-year (every input changed)", city.ChangedInput);
        var rows = await WaitForRowsAsync(store, CityYear.Units / 10, run, rewritten: true);
        var added = await StartSiloAsync(store, "silo 2 (added)");
        var rowsWhenJoined = await ScalarAsync(store, $"select count(*) from grains where year = {CityYear.Year} and etag > 1");
        Check(!run.HasExited, () => "run-year ended before the added silo joined, so the test proves nothing.");
        var exit = await run.WaitForExitAsync(RunTimeout, Cancel);
        Check(exit == 0, () => $"run-year exited with {exit} after a silo was added.");
        var activations = await OrganizationActivationsAsync(store);
        // The first folder again: every unit turns back, on both silos.
        var back = await RunYear(store, "run-year (first folder again)").WaitForExitAsync(RunTimeout, Cancel);
        Check(back == 0, () => $"run-year of the first folder again exited with {back}.");

        // The checks read the store and the cluster side by side: the export and reconcile, status, and the activations.
        var undisturbed = AssertUndisturbedAsync(store);
        var status = await CommandAsync("status", "status", "--store", store);
        Report($"Added {added.Name} with {rows:N0} grains rows rewritten; it joined with {rowsWhenJoined:N0}; run-year exited {exit} after {run.Lifetime!.Value.TotalSeconds:0.0} s. " +
            $"Organization grain activations per silo after the run: " +
            string.Join(", ", activations.Select(a => $"{(a.Key == first.SiloPort ? first.Name : a.Key == added.SiloPort ? added.Name : a.Key.ToString())}: {a.Value:N0}")) +
            $".{Environment.NewLine}status (exit {status.ExitCode}):{Environment.NewLine}{status.StandardOutput}{status.StandardError}");
        Check(activations.GetValueOrDefault(added.SiloPort) > 0, () => $"The silo added mid-run holds no organization grain: {string.Join(", ", activations.Select(a => $"port {a.Key}: {a.Value}"))}.");
        AssertAlive([first, added]);
        await undisturbed;
    }

    [Fact]
    public async Task A_run_that_finds_no_silo_says_so_and_leaves_the_store_as_it_was()
    {
        var store = await NewStoreAsync("no_silo");

        var run = RunYear(store);
        var exit = await run.WaitForExitAsync(RunTimeout, Cancel);

        Report($"run-year with no silo exited {exit} after {run.Lifetime!.Value.TotalSeconds:0.0} s: {run.StandardError.Trim()}");
        Check(exit == 6, () => $"run-year exited with {exit}, not 6.");
        Check(run.StandardError.Contains("No silo of the cluster", StringComparison.Ordinal), () => "run-year did not say that no silo answers.");
        // The units without children are written only once the silos answer: nothing of the year is in the store.
        Check(await ScalarAsync(store, "select count(*) from grains") == 0, () => "run-year wrote grains rows with no silo to turn their parents.");
        Check(await ScalarAsync(store, "select count(*) from years") == 0, () => "run-year registered the year with no silo to rate it.");
    }

    [Fact]
    public async Task PostgreSQL_restarted_mid_run_ends_in_a_clear_exit_and_running_the_year_again_completes_it()
    {
        var store = await NewStoreAsync("pg_restart");
        var silos = await StartSilosAsync(store, 2);

        var run = RunYear(store);
        var rows = await WaitForRowsAsync(store, CityYear.Units * 3 / 10, run);
        var restartedAt = run.Elapsed;
        var restart = Stopwatch.StartNew();
        await server.RestartAsync(TimeSpan.FromSeconds(3));
        var down = restart.Elapsed;
        var exit = await run.WaitForExitAsync(RunTimeout, Cancel);
        var errors = Lines(run.StandardError);

        Report($"PostgreSQL stopped (immediate) at {restartedAt.TotalSeconds:0.0} s into run-year with {rows:N0} grains rows, and accepted connections again {down.TotalSeconds:0.0} s later; " +
            $"run-year exited {exit} after {run.Lifetime!.Value.TotalSeconds:0.0} s; standard error: {(errors.Length == 0 ? "(empty)" : string.Join(" | ", errors))}");
        Check(exit is 0 or 4 or 5, () => $"run-year exited with {exit} after PostgreSQL restarted.");
        Check(!errors.Any(line => line.StartsWith("   at ", StringComparison.Ordinal)), () => "run-year wrote a stack trace on standard error.");
        if (exit != 0)
        {
            Check(errors.Length == 1, () => $"run-year exited with {exit} and {errors.Length} lines on standard error instead of one.");
        }

        // The silos may have logged while the database was down; any that did not survive is replaced, and said so.
        var alive = silos.Where(s => !s.HasExited).ToList();
        foreach (var gone in silos.Where(s => s.HasExited))
        {
            Report($"{gone.Name} did not survive the restart (exit {gone.ExitCode}); a replacement starts.{Environment.NewLine}{gone.Describe(2_000)}");
            alive.Add(await StartSiloAsync(store, $"{gone.Name} (replacement)"));
        }

        var again = RunYear(store, "run-year (again)");
        var againExit = await again.WaitForExitAsync(RunTimeout, Cancel);
        Report($"run-year again exited {againExit} after {again.Lifetime!.Value.TotalSeconds:0.0} s.");
        Check(againExit == 0, () => $"Running the year again after PostgreSQL restarted exited with {againExit}.");
        AssertAlive(alive);
        await AssertUndisturbedAsync(store);
    }

    [Fact]
    public async Task A_year_imported_again_on_PostgreSQL_with_units_moved_added_and_removed_ends_as_a_first_import_of_the_new_tree()
    {
        var store = await NewStoreAsync("tree_change");
        AssertAlive(await StartSilosAsync(store, 1));
        var root = Path.Combine(city.Root, $"tree-{Guid.NewGuid():N}");
        // C2 moves from G1 to G2 (whose members now come from its cells), C3 is removed and C4 added.
        var units = YearFolder.Units.Replace("C2,G1,cell", "C2,G2,cell", StringComparison.Ordinal)
            .Replace("C3,G1,cell,Chi bộ 3\n", string.Empty, StringComparison.Ordinal) + "\nC4,G1,cell,Chi bộ 4";
        var assessments = YearFolder.Assessments.Replace("C3,true,,,,,,,,", "C4,true,,,,,,,,", StringComparison.Ordinal);
        var members = YearFolder.Members.Replace("G2,1,20,2,1,0,1", string.Empty, StringComparison.Ordinal).TrimEnd();
        var changed = YearFolder.Write(root, "2024-changed", units, assessments, members);

        var first = await CommandAsync("import", "import", "--year", "2024", "--input", YearFolder.Write(root, "2024"), "--store", store);
        var again = await CommandAsync("import (changed tree)", "import", "--year", "2024", "--input", changed, "--store", store);
        var reconcile = await CommandAsync("reconcile", "reconcile", "--year", "2024", "--store", store);
        var file = Path.Combine(root, "export.jsonl");
        var export = await CommandAsync("export", "export", "--year", "2024", "--out", file, "--store", store);

        Check(first.ExitCode == 0 && again.ExitCode == 0, () => $"import exited with {first.ExitCode}, then {again.ExitCode}.");
        var said = string.Join(' ', again.StandardOutput.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Check(said.Contains("tree changed: 1 moved, 1 added, 1 removed", StringComparison.Ordinal), () => $"import said: {said}");
        Check(reconcile.ExitCode == 0, () => $"reconcile exited with {reconcile.ExitCode}.");
        Check(await ScalarAsync(store, "select count(*) from grains where year = 2024 and unit_id = 'C3'") == 0, () => "C3's row is still stored.");
        Check(await ScalarAsync(store, "select count(*) from grains where year = 2024") == 7, () => "The year does not hold one row per unit.");
        Check(export.ExitCode == 0, () => $"export exited with {export.ExitCode}.");
        await using var fresh = await SiloHarness.StartAsync();
        await fresh.ImportAsync(YearFolder.Write(fresh.Folder, "2024", units, assessments, members), 2024);
        var expected = await fresh.ExportAsync(2024);
        var actual = await File.ReadAllTextAsync(file, Cancel);
        Check(actual == expected, () => $"The export differs from a first import of the new tree:{Environment.NewLine}{actual}{Environment.NewLine}{expected}");
    }

    /// <summary>Kills every process the test started that still runs, whatever the test's outcome.</summary>
    public async ValueTask DisposeAsync()
    {
        SiloProcess[] started;
        lock (_processes)
        {
            started = [.. _processes];
        }

        await Task.WhenAll(started.Select(p => p.DisposeAsync().AsTask()));
    }

    /// <summary>A fresh database, created and migrated by the migrate command.</summary>
    private async Task<string> NewStoreAsync(string purpose)
    {
        var store = server.NewDatabase(purpose);
        var migrate = await CommandAsync("migrate", "migrate", "--store", store);
        Check(migrate.ExitCode == 0, () => $"migrate exited with {migrate.ExitCode}.");
        return store;
    }

    private async Task<SiloProcess[]> StartSilosAsync(string store, int count)
    {
        var clock = Stopwatch.StartNew();
        var silos = await Task.WhenAll(Enumerable.Range(1, count).Select(n => StartSiloAsync(store, $"silo {n}")));
        Report($"{count} silo(s) joined the cluster in {clock.Elapsed.TotalSeconds:0.0} s.");
        return silos;
    }

    private async Task<SiloProcess> StartSiloAsync(string store, string name)
    {
        var silo = await SiloProcess.StartSiloAsync(name, store, SiloStartTimeout, Cancel);
        lock (_processes)
        {
            _processes.Add(silo);
        }

        return silo;
    }

    private SiloProcess RunYear(string store, string name = "run-year", string? input = null) =>
        Start(name, "run-year", "--year", CityYear.Year.ToString(), "--input", input ?? city.Input, "--store", store);

    private SiloProcess Start(string name, params string[] args)
    {
        var process = SiloProcess.Start(name, null, args);
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>Runs a command to its end.</summary>
    private async Task<SiloProcess> CommandAsync(string name, params string[] args)
    {
        var process = Start(name, args);
        await process.WaitForExitAsync(CommandTimeout, Cancel);
        return process;
    }

    /// <summary>
    /// The year's export equals the embedded run's byte for byte, and reconcile holds. Both commands read the
    /// store on their own, at once.
    /// </summary>
    private async Task AssertUndisturbedAsync(string store)
    {
        var file = Path.Combine(city.Root, $"export-{Guid.NewGuid():N}.jsonl");
        var year = CityYear.Year.ToString();
        var exporting = CommandAsync("export", "export", "--year", year, "--out", file, "--store", store);
        var reconciling = CommandAsync("reconcile", "reconcile", "--year", year, "--store", store);
        var (export, reconcile) = (await exporting, await reconciling);

        Check(export.ExitCode == 0, () => $"export exited with {export.ExitCode}.");
        var actual = await File.ReadAllBytesAsync(file, Cancel);
        Check(actual.AsSpan().SequenceEqual(city.Expected), () => $"The export differs from the undisturbed one: {FirstDifference(actual, city.Expected)}");
        Check(reconcile.ExitCode == 0, () => $"reconcile exited with {reconcile.ExitCode}.");
    }

    /// <summary>
    /// Waits until the year has at least <paramref name="rows"/> grains rows (or rows written again, with
    /// <paramref name="rewritten"/>), and returns how many it has then.
    /// </summary>
    private static async Task<long> WaitForRowsAsync(string store, long rows, SiloProcess run, bool rewritten = false)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var count = await ScalarAsync(store, $"select count(*) from grains where year = {CityYear.Year}" + (rewritten ? " and etag > 1" : string.Empty));
            if (count >= rows)
            {
                return count;
            }

            if (run.HasExited || deadline.Elapsed > RunTimeout)
            {
                Assert.Fail($"run-year did not reach {rows:N0} grains rows{(rewritten ? " written again" : string.Empty)} (it has {count:N0}).{Environment.NewLine}{run.Describe()}");
            }

            await Task.Delay(20, Cancel);
        }
    }

    /// <summary>How long after now the membership row of the silo at <paramref name="port"/> shows status 6; null if it does not within the timeout.</summary>
    private static async Task<TimeSpan?> UntilDeadAsync(string store, int port)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < EvictionTimeout)
        {
            var status = await ScalarAsync(store, $"select coalesce(max(status), -1) from orleansmembershiptable where port = {port}");
            if (status == DeadStatus)
            {
                return clock.Elapsed;
            }

            await Task.Delay(50, Cancel);
        }

        return null;
    }

    /// <summary>
    /// The organization grain's activations on each active silo, by silo port, as the cluster's management grain
    /// counts them, through an Orleans client of this test's own.
    /// </summary>
    private static async Task<IReadOnlyDictionary<int, int>> OrganizationActivationsAsync(string store)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["ConnectionStrings:scoring"] = store;
        // This process's console is the test runner's.
        builder.Logging.ClearProviders();
        builder.AddScoringClient();
        using var host = builder.Build();
        await host.StartAsync(Cancel);
        try
        {
            var management = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
            var silos = await management.GetDetailedHosts(onlyActive: true);
            var statistics = await management.GetSimpleGrainStatistics(silos.Select(s => s.SiloAddress).ToArray());
            var grainType = typeof(OrganizationGrain).FullName!;
            return silos.ToDictionary(
                s => s.SiloAddress.Endpoint.Port,
                s => statistics.Where(g => g.SiloAddress.Equals(s.SiloAddress) && g.GrainType.Contains(grainType, StringComparison.Ordinal)).Sum(g => g.ActivationCount));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<long> ScalarAsync(string store, string sql)
    {
        // No pool: a connection kept from before a server restart would fail the next query.
        var settings = new NpgsqlConnectionStringBuilder(store) { Pooling = false };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Cancel));
    }

    private void AssertAlive(IEnumerable<SiloProcess> silos)
    {
        foreach (var silo in silos)
        {
            Check(!silo.HasExited, () => $"{silo.Name} exited while it should have kept serving.");
        }
    }

    /// <summary>Asserts <paramref name="condition"/>; only a failure builds its message, followed by every process's output.</summary>
    private void Check(bool condition, Func<string> message)
    {
        if (!condition)
        {
            Assert.Fail(message() + Logs());
        }
    }

    /// <summary>The output of every process this test started, for an assertion message.</summary>
    private string Logs()
    {
        lock (_processes)
        {
            return Environment.NewLine + string.Join(Environment.NewLine, _processes.Select(p => p.Describe()));
        }
    }

    private static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        TestContext.Current.SendDiagnosticMessage(line);
    }

    private static string Seconds(TimeSpan? time) => time is { } t ? $"{t.TotalSeconds:0.00} s" : "never";

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();

    /// <summary>The first line where two exports differ, with both versions of it.</summary>
    private static string FirstDifference(byte[] actual, byte[] expected)
    {
        var a = Encoding.UTF8.GetString(actual).Split('\n');
        var e = Encoding.UTF8.GetString(expected).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, e.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(no line)";
            var right = i < e.Length ? e[i] : "(no line)";
            if (left != right)
            {
                return $"{a.Length} lines against {e.Length}; first at line {i + 1}:{Environment.NewLine}  got:      {left}{Environment.NewLine}  expected: {right}";
            }
        }

        return $"the same lines, {actual.Length:N0} bytes against {expected.Length:N0}";
    }
}
