using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Scoring.Silo.Runtime;
using Scoring.Silo.Storage;
using Scoring.Silo.Storage.Sqlite;
using Scoring.Silo.Years;

namespace Scoring.Silo;

/// <summary>Wires a silo into a host: its store, its runtime and the year-level services built on them.</summary>
public static class SiloHostingExtensions
{
    public const string ConnectionStringName = "scoring";

    /// <summary>The embedded default: a SQLite file under <c>./data/</c>.</summary>
    public const string DefaultConnectionString = "Data Source=data/scoring.db";

    /// <summary>The standard OpenTelemetry variable; the exporter reads the endpoint from it too.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private const string TelemetryPrefix = "Scoring.*";

    public static IHostApplicationBuilder AddScoringSilo(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiloOptions>()
            .BindConfiguration(SiloOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = DefaultConnectionString;
        }

        builder.Services.AddMetrics();
        builder.AddScoringTelemetry();
        builder.Services.AddSingleton<IGrainStore>(new SqliteGrainStore(connectionString));
        builder.Services.AddSingleton<SiloTelemetry>();
        builder.Services.AddSingleton<TurnExecutor>();
        builder.Services.AddSingleton<ImportService>();
        builder.Services.AddSingleton<Reconciler>();
        builder.Services.AddSingleton<YearExporter>();
        return builder;
    }

    /// <summary>
    /// Exports the <c>Scoring.*</c> meters and traces over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the
    /// instruments exist either way, for any other listener.
    /// </summary>
    public static IHostApplicationBuilder AddScoringTelemetry(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            return builder;
        }

        builder.Services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder().AddMeter(TelemetryPrefix).AddOtlpExporter().Build());
        builder.Services.AddSingleton(_ => Sdk.CreateTracerProviderBuilder().AddSource(TelemetryPrefix).AddOtlpExporter().Build());
        builder.Services.AddHostedService<TelemetryExport>();
        return builder;
    }

    /// <summary>Runs turn batches in the background for as long as the host runs.</summary>
    public static IHostApplicationBuilder AddScoringSiloWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<SiloWorker>();
        return builder;
    }

    /// <summary>Reads <c>--store</c> as a SQLite file path, or as a whole connection string when it has an '='.</summary>
    public static string ToConnectionString(string store) =>
        store.Contains('=', StringComparison.Ordinal) ? store : $"Data Source={store}";
}
