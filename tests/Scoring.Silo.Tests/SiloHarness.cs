using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scoring.GrainInterfaces;
using Scoring.Silo.Runtime;
using Scoring.Silo.Storage;
using Scoring.Silo.Years;

namespace Scoring.Silo.Tests;

/// <summary>A silo on its own SQLite file in a temporary folder, wired as the command line wires it.</summary>
internal sealed class SiloHarness : IDisposable
{
    private readonly IHost _host;

    private SiloHarness(string folder, int batchSize)
    {
        Folder = folder;
        StorePath = Path.Combine(folder, "scoring.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = folder });
        builder.Configuration["ConnectionStrings:scoring"] = $"Data Source={StorePath}";
        builder.Configuration["Silo:BatchSize"] = batchSize.ToString();
        builder.AddScoringSilo();
        _host = builder.Build();
    }

    public string Folder { get; }

    public string StorePath { get; }

    /// <summary>The factory this silo's meters come from, to tell its measurements from other silos' in the process.</summary>
    public IMeterFactory MeterFactory => _host.Services.GetRequiredService<IMeterFactory>();

    public IGrainStore Store => _host.Services.GetRequiredService<IGrainStore>();

    public TurnExecutor Executor => _host.Services.GetRequiredService<TurnExecutor>();

    public ImportService Importer => _host.Services.GetRequiredService<ImportService>();

    public Reconciler Reconciler => _host.Services.GetRequiredService<Reconciler>();

    public static async Task<SiloHarness> StartAsync(int batchSize = 500)
    {
        var folder = Path.Combine(Path.GetTempPath(), "scoring-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var harness = new SiloHarness(folder, batchSize);
        await harness.Store.MigrateAsync(TestContext.Current.CancellationToken);
        return harness;
    }

    public async Task<ImportOutcome> ImportAsync(string yearFolder, int year) =>
        await Importer.ImportFolderAsync(yearFolder, year, TestContext.Current.CancellationToken);

    public async Task<DrainProgress> DrainAsync(int? year = null) =>
        await Executor.DrainAsync(year, null, TestContext.Current.CancellationToken);

    public async Task<UnitSummary> SummaryAsync(int year, string unit) =>
        await Store.FindSummaryAsync(year, new UnitId(unit), TestContext.Current.CancellationToken)
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

    public void Dispose()
    {
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
