using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Scoring.GrainInterfaces;
using Scoring.Import;
using Scoring.Silo.Storage;
using Scoring.Silo.Years;

namespace Scoring.Silo.Tests;

/// <summary>An embedded silo on its own SQLite file in a temporary folder, wired as the command line wires it.</summary>
internal sealed class SiloHarness : IAsyncDisposable, IDisposable
{
    private readonly IHost _host;

    private SiloHarness(string folder, bool hostSilo)
    {
        Folder = folder;
        StorePath = Path.Combine(folder, "scoring.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = folder });
        builder.Configuration["ConnectionStrings:scoring"] = $"Data Source={StorePath}";
        // A unit that fails underneath its call is tried again for a moment only: tests that break the store stay quick.
        builder.Configuration["YearRun:GiveUpAfterSeconds"] = "0";
        builder.Configuration["YearRun:FirstDelayMilliseconds"] = "10";
        if (hostSilo)
        {
            builder.AddScoringSilo();
        }
        else
        {
            builder.AddScoringStore();
        }

        _host = builder.Build();
    }

    public string Folder { get; }

    public string StorePath { get; }

    /// <summary>The factory this silo's meters come from, to tell its measurements from other silos' in the process.</summary>
    public IMeterFactory MeterFactory => _host.Services.GetRequiredService<IMeterFactory>();

    public IScoringStore Store => _host.Services.GetRequiredService<IScoringStore>();

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public YearRun Run => _host.Services.GetRequiredService<YearRun>();

    public Reconciler Reconciler => _host.Services.GetRequiredService<Reconciler>();

    /// <param name="hostSilo">False for a store alone, beside a silo that another process runs over it.</param>
    public static async Task<SiloHarness> StartAsync(bool hostSilo = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "scoring-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var harness = new SiloHarness(folder, hostSilo);
        await harness.Store.MigrateAsync(TestContext.Current.CancellationToken);
        await harness._host.StartAsync(TestContext.Current.CancellationToken);
        return harness;
    }

    /// <summary>Checks a year's folder and delivers it to the grains, as <c>import</c> does.</summary>
    public async Task<ImportOutcome> ImportAsync(string yearFolder, int year, CancellationToken? cancellationToken = null)
    {
        var token = cancellationToken ?? TestContext.Current.CancellationToken;
        return await Run.DeliverAsync(await CheckAsync(yearFolder, year, token), leaves: null, progress: null, token);
    }

    /// <summary>Reads and checks a year's folder, as <c>import</c> does before it delivers.</summary>
    public async Task<CheckedFolder> CheckAsync(string yearFolder, int year, CancellationToken? cancellationToken = null)
    {
        var read = YearImporter.ReadFolder(yearFolder, year);
        return read.Succeeded
            ? await Run.CheckTreeAsync(read.Import!, cancellationToken ?? TestContext.Current.CancellationToken)
            : new CheckedFolder(null, new Dictionary<UnitId, Grains.OrganizationState>(), read.Errors);
    }

    /// <summary>The unit's report as its grain serves it.</summary>
    public async Task<UnitSummary> SummaryAsync(int year, string unit) =>
        await Grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(year, new UnitId(unit))).GetSummaryAsync()
        ?? throw new InvalidOperationException($"No summary for {unit} in {year}.");

    public async Task<string> ExportAsync(int year)
    {
        using var writer = new StringWriter();
        await new YearExporter(Store).ExportAsync(year, writer, TestContext.Current.CancellationToken);
        return writer.ToString();
    }

    /// <summary>Runs SQL on the store file, the way an operator or a fault would, around the silo.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={StorePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={StorePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        Dispose();
    }

    public void Dispose()
    {
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
