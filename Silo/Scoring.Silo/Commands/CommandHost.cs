using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Runtime;
using Scoring.Silo.Storage;
using Scoring.Silo.Storage.Sqlite;

namespace Scoring.Silo.Commands;

/// <summary>Runs a command against Scoring's services, with the store the command line or the settings name.</summary>
internal static class CommandHost
{
    /// <summary>SQLite's answer when a file is not a database at all.</summary>
    private const int NotADatabase = 26;

    /// <summary>
    /// Creates or migrates the store (only when <paramref name="writes"/>; reading commands need one that exists),
    /// starts the services, then runs <paramref name="command"/>. Commands that deliver to grains
    /// (<paramref name="grains"/>) host a silo of their own on the embedded store and join the cluster as a client
    /// on PostgreSQL. A setting that cannot work is one line on standard error and <see cref="ExitCodes.BadInput"/>;
    /// a cluster with no silo, <see cref="ExitCodes.NoCluster"/>; a store that fails underneath,
    /// <see cref="ExitCodes.StoreFailed"/>.
    /// </summary>
    /// <param name="inputChecked">
    /// The command's input being read and checked (started by the caller, so it goes on while the services are built);
    /// false ends the command with <see cref="ExitCodes.BadInput"/> before the store is touched.
    /// </param>
    /// <param name="whileStarting">
    /// Work on the store that needs no grain, run while the services start; <paramref name="command"/> runs once both are
    /// done. It is handed a task that completes once the store is this process's to write (the embedded silo's lease is
    /// held, or the silos answer) and fails if the start does, and a token that stops it when the start fails.
    /// </param>
    public static Task<int> RunAsync(
        ParseResult parseResult,
        Func<IServiceProvider, Task<int>> command,
        CancellationToken cancellationToken,
        bool writes = true,
        bool grains = false,
        Task<bool>? inputChecked = null,
        Func<IServiceProvider, Task, CancellationToken, Task>? whileStarting = null)
    {
        var joinsAnotherProcess = false;
        return HostAsync(
            parseResult,
            builder =>
            {
                if (!grains)
                {
                    builder.AddScoringStore();
                }
                else if (SiloHostingExtensions.UsesCluster(builder))
                {
                    joinsAnotherProcess = true;
                    builder.AddScoringClient();
                }
                else if (EmbeddedSiloLease.FindHolder(SiloHostingExtensions.EmbeddedStoreFile(builder)!) is { } clientPort)
                {
                    // A Gateway (or another run) already runs this store's silo: deliver through it, so it sees every change.
                    joinsAnotherProcess = true;
                    builder.AddScoringEmbeddedClient(clientPort);
                }
                else
                {
                    builder.AddScoringSilo();
                }
            },
            async host =>
            {
                using var storeWorkStops = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                // On a thread of its own: the silo's start keeps the few pool threads of a small machine busy.
                var storeWork = whileStarting is null
                    ? Task.CompletedTask
                    : Task.Factory.StartNew(
                        () => whileStarting(host.Services, StoreIsOurs(host, started.Task), storeWorkStops.Token),
                        storeWorkStops.Token,
                        TaskCreationOptions.LongRunning,
                        TaskScheduler.Default).Unwrap();
                try
                {
                    await host.StartAsync(cancellationToken);
                    started.SetResult();
                }
                catch (Exception exception)
                {
                    // The work on the store waits for the store to be this process's before it writes: it stops here, and
                    // what it says is not what went wrong.
                    started.SetException(exception);
                    await storeWorkStops.CancelAsync();
                    await Task.WhenAny(storeWork);
                    _ = storeWork.Exception;
                    switch (exception)
                    {
                        case StoreInUseException:
                            await Console.Error.WriteLineAsync(exception.Message);
                            return ExitCodes.BadInput;
                        case OrleansException when joinsAnotherProcess:
                            var store = host.Services.GetRequiredService<IScoringStore>();
                            await Console.Error.WriteLineAsync(store is SqliteScoringStore
                                ? $"The process that runs the silo of {store.Location} (a Gateway or a run) does not answer ({exception.GetType().Name}); stop it and try again."
                                : $"No silo of the cluster on {store.Location} answers ({exception.GetType().Name}); start one with the silo command and the same --store.");
                            return ExitCodes.NoCluster;
                        default:
                            throw;
                    }
                }

                try
                {
                    await storeWork;
                    return await command(host.Services);
                }
                catch (Exception exception) when (exception is OrleansException or TimeoutException)
                {
                    await Console.Error.WriteLineAsync($"The silos stopped answering during the command ({exception.GetType().Name}: {exception.Message}); run it again.");
                    return ExitCodes.Unfinished;
                }
                finally
                {
                    // A silo leaves its cluster and deactivates its grains before the services it runs on go away.
                    await host.StopAsync(CancellationToken.None);
                }
            },
            writes,
            cancellationToken,
            inputChecked);
    }

    /// <summary>
    /// When a command may write the store: as soon as its own embedded silo holds the store's lease (the first thing
    /// its start does), otherwise once the silos it joins answer.
    /// </summary>
    private static Task StoreIsOurs(IHost host, Task started) =>
        host.Services.GetService<EmbeddedSiloLeaseHolder>() is { } lease ? lease.Held : started;

    /// <summary>
    /// Builds a host with <paramref name="configure"/>, readies the store once <paramref name="inputChecked"/> (if any)
    /// holds, and hands the host to <paramref name="run"/>.
    /// </summary>
    public static async Task<int> HostAsync(
        ParseResult parseResult,
        Action<IHostApplicationBuilder> configure,
        Func<IHost, Task<int>> run,
        bool writes,
        CancellationToken cancellationToken,
        Task<bool>? inputChecked = null)
    {
        inputChecked ??= Task.FromResult(true);
        IHost host;
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                ContentRootPath = AppContext.BaseDirectory,
                Args = [],
            });
            if (parseResult.GetValue(CommonOptions.Store) is { } store)
            {
                builder.Configuration[$"ConnectionStrings:{SiloHostingExtensions.ConnectionStringName}"] =
                    SiloHostingExtensions.ToConnectionString(store);
            }

            configure(builder);
            host = builder.Build();
        }
        catch (Exception exception) when (exception is ArgumentException or OptionsValidationException)
        {
            // The input's own errors first, as when it was read before anything else.
            if (await inputChecked)
            {
                await Console.Error.WriteLineAsync($"Scoring cannot start: {exception.Message}");
            }

            return ExitCodes.BadInput;
        }

        using (host)
        {
            if (!await inputChecked)
            {
                return ExitCodes.BadInput;
            }

            var store = host.Services.GetRequiredService<IScoringStore>();
            try
            {
                if (writes)
                {
                    await store.MigrateAsync(cancellationToken);
                }
                else if (!await store.ExistsAsync(cancellationToken))
                {
                    await Console.Error.WriteLineAsync($"There is no store at {store.Location}; name one with --store.");
                    return ExitCodes.BadInput;
                }

                return await run(host);
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == NotADatabase)
            {
                await Console.Error.WriteLineAsync($"{store.Location} is not a Scoring store: {exception.Message}");
                return ExitCodes.BadInput;
            }
            catch (Exception exception) when (exception is SqliteException or NpgsqlException or JsonException or IOException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync($"The store {store.Location} failed: {exception.Message}");
                return ExitCodes.StoreFailed;
            }
        }
    }
}
