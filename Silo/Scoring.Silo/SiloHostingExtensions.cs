using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Scoring.Grains;
using Scoring.Silo.Runtime;
using Scoring.Silo.Storage;
using Scoring.Silo.Storage.Postgres;
using Scoring.Silo.Storage.Sqlite;
using Scoring.Silo.Years;

namespace Scoring.Silo;

/// <summary>
/// Wires Scoring into a host: the store the connection string names, the Orleans silo that runs the organization
/// grains over it, and the year-level services built on them.
/// </summary>
public static class SiloHostingExtensions
{
    public const string ConnectionStringName = "scoring";

    /// <summary>The embedded default: a SQLite file under <c>./data/</c>.</summary>
    public const string DefaultConnectionString = "Data Source=data/scoring.db";

    /// <summary>The standard OpenTelemetry variable; the exporter reads the endpoint from it too.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The Orleans service all of Scoring's silos and clients belong to.</summary>
    public const string ServiceId = "scoring";

    /// <summary>The cluster of one silo over an embedded store.</summary>
    private const string EmbeddedClusterId = "embedded";

    /// <summary>The cluster of silos that share one PostgreSQL store.</summary>
    public const string ClusterId = "scoring";

    /// <summary>How long a client waits for a silo of its cluster before it gives up.</summary>
    private static readonly TimeSpan ClientConnectTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The ADO.NET provider name Orleans' clustering loads Npgsql by.</summary>
    private const string PostgresInvariant = "Npgsql";

    /// <summary>
    /// The store alone, for commands that only read it (status, reconcile, export): no silo starts. A connection
    /// string that names no usable store is an <see cref="ArgumentException"/>.
    /// </summary>
    public static IHostApplicationBuilder AddScoringStore(this IHostApplicationBuilder builder)
    {
        var connectionString = ConnectionString(builder);
        // Checked now, so that a connection string that cannot work is refused before anything starts; the
        // container creates the store it keeps, so it also disposes of it (and of PostgreSQL's connection pool).
        _ = IsPostgres(connectionString) ? PostgresScoringStore.ReadSettings(connectionString).Database : new SqliteScoringStore(connectionString).Location;
        builder.Services.AddSingleton<IScoringStore>(_ => IsPostgres(connectionString)
            ? new PostgresScoringStore(connectionString)
            : new SqliteScoringStore(connectionString));
        builder.Services.AddSingleton<Reconciler>();
        builder.Services.AddSingleton<YearExporter>();
        builder.AddScoringTelemetry();
        return builder;
    }

    /// <summary>
    /// The store and an Orleans silo in this process that runs the organization grains over it, with the year runs
    /// that drive them. On the embedded SQLite store the silo is a cluster of one on loopback ports of its own; on
    /// PostgreSQL it joins the cluster whose membership the database keeps, at <paramref name="endpoints"/>.
    /// </summary>
    /// <param name="dashboard">
    /// Whether the silo serves the Orleans Dashboard's figures: every silo of a cluster does, so that a Gateway can show
    /// them; a command's own short-lived silo does not.
    /// </param>
    public static IHostApplicationBuilder AddScoringSilo(this IHostApplicationBuilder builder, SiloEndpoints? endpoints = null, bool dashboard = false)
    {
        builder.AddScoringStore();
        builder.AddYearRuns();
        var connectionString = ConnectionString(builder);
        var clientPort = FreeLoopbackPort();
        if (!IsPostgres(connectionString))
        {
            // Claimed before the silo starts, so that a second silo never runs over the same file.
            builder.Services.AddSingleton(services => new EmbeddedSiloLeaseHolder(services.GetRequiredService<IScoringStore>().Location, clientPort));
            builder.Services.AddHostedService(services => services.GetRequiredService<EmbeddedSiloLeaseHolder>());
        }

        builder.UseOrleans(silo =>
        {
            if (IsPostgres(connectionString))
            {
                var at = endpoints ?? new SiloEndpoints(IPAddress.Loopback, FreeLoopbackPort(), FreeLoopbackPort());
                silo.UseAdoNetClustering(options =>
                {
                    options.Invariant = PostgresInvariant;
                    options.ConnectionString = connectionString;
                });
                silo.Configure<ClusterOptions>(options => (options.ServiceId, options.ClusterId) = (ServiceId, ClusterId));
                silo.ConfigureEndpoints(at.Address, at.SiloPort, at.GatewayPort);
                silo.Configure<ClusterMembershipOptions>(ClusterMembership.Tune);
            }
            else
            {
                silo.UseLocalhostClustering(siloPort: FreeLoopbackPort(), gatewayPort: clientPort, serviceId: ServiceId, clusterId: EmbeddedClusterId);
            }

            if (dashboard)
            {
                silo.AddDashboard();
            }

            silo.Services.AddSingleton<OrganizationGrainStorage>();
            silo.Services.AddGrainStorage(OrganizationGrain.StorageName, (services, _) => services.GetRequiredService<OrganizationGrainStorage>());
        });
        return builder;
    }

    /// <summary>
    /// The store and an Orleans client of the cluster the PostgreSQL store keeps the membership of: what the
    /// commands and the Gateway use when the silos run in processes of their own.
    /// </summary>
    /// <param name="dashboard">Whether this client shows the Orleans Dashboard (the silos serve its figures).</param>
    public static IHostApplicationBuilder AddScoringClient(this IHostApplicationBuilder builder, bool dashboard = false)
    {
        builder.AddScoringStore();
        builder.AddYearRuns();
        var connectionString = ConnectionString(builder);
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = PostgresInvariant;
                options.ConnectionString = connectionString;
            });
            client.Configure<ClusterOptions>(options => (options.ServiceId, options.ClusterId) = (ServiceId, ClusterId));
            if (dashboard)
            {
                client.AddDashboard();
            }

            // A call through a silo that died is answered by a timeout: a short one lets the year run try again elsewhere.
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(15));
            client.UseConnectionRetryFilter(GiveUpAfter(ClientConnectTimeout));
        });
        return builder;
    }

    /// <summary>
    /// The store and an Orleans client of the silo another process already runs over the same embedded SQLite file
    /// (a Gateway, or a run), reached on loopback at <paramref name="clientPort"/>.
    /// </summary>
    public static IHostApplicationBuilder AddScoringEmbeddedClient(this IHostApplicationBuilder builder, int clientPort)
    {
        builder.AddScoringStore();
        builder.AddYearRuns();
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, clientPort));
            client.UseConnectionRetryFilter(GiveUpAfter(ClientConnectTimeout));
            client.Configure<ClusterOptions>(options => (options.ServiceId, options.ClusterId) = (ServiceId, EmbeddedClusterId));
        });
        return builder;
    }

    /// <summary>The SQLite file the settings name, or null for a cluster's store.</summary>
    public static string? EmbeddedStoreFile(IHostApplicationBuilder builder)
    {
        var connectionString = ConnectionString(builder);
        return IsPostgres(connectionString) ? null : new SqliteScoringStore(connectionString).Location;
    }

    /// <summary>Whether the settings name a cluster's store (PostgreSQL) rather than the embedded SQLite file.</summary>
    public static bool UsesCluster(IHostApplicationBuilder builder) => IsPostgres(ConnectionString(builder));

    /// <summary>
    /// OpenTelemetry for the <c>Scoring.*</c> and <c>Microsoft.Orleans</c> meters and sources, exported over OTLP
    /// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the instruments exist either way, for any other listener.
    /// </summary>
    public static IHostApplicationBuilder AddScoringTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter("Scoring.*", "Microsoft.Orleans"));
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            // Traced only when the traces go somewhere: a listened-to source makes an activity for every grain call.
            telemetry.WithTracing(tracing => tracing.AddSource("Scoring.*", "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"));
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    private static IHostApplicationBuilder AddYearRuns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiloTelemetry>();
        builder.Services.AddSingleton<YearRun>();
        builder.Services.AddOptions<YearRunOptions>()
            .BindConfiguration(YearRunOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// Orleans retries a missing cluster for about three minutes; a command or a Gateway should say so in seconds.
    /// The clock starts at the first failed attempt, not when the host is built.
    /// </summary>
    private static Func<Exception, CancellationToken, Task<bool>> GiveUpAfter(TimeSpan timeout)
    {
        DateTime? giveUpAt = null;
        return async (_, cancellationToken) =>
        {
            giveUpAt ??= DateTime.UtcNow + timeout;
            if (DateTime.UtcNow >= giveUpAt)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            return true;
        };
    }

    private static string ConnectionString(IHostApplicationBuilder builder) =>
        builder.Configuration.GetConnectionString(ConnectionStringName) is { } connectionString && !string.IsNullOrWhiteSpace(connectionString)
            ? connectionString
            : DefaultConnectionString;

    /// <summary>A PostgreSQL connection string names a host; a SQLite one, a data source.</summary>
    private static bool IsPostgres(string connectionString) =>
        connectionString.Split(';').Any(part => part.Split('=')[0].Trim() is var key
            && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Reads <c>--store</c> as a SQLite file path, or as a whole connection string when it has an '='.</summary>
    public static string ToConnectionString(string store) =>
        store.Contains('=', StringComparison.Ordinal) ? store : $"Data Source={store}";

    /// <summary>A loopback port nobody listens on now, so that several embedded silos on one machine never collide.</summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
