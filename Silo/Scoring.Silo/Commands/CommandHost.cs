using System.CommandLine;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Commands;

/// <summary>Runs a command against the silo's services, with the store the command line or the settings name.</summary>
internal static class CommandHost
{
    /// <summary>
    /// Starts the services, creates or migrates the store (only when <paramref name="writes"/>; reading commands
    /// need one that exists), then runs <paramref name="command"/>. A setting that cannot work is one line on
    /// standard error and <see cref="ExitCodes.BadInput"/>; a store that fails underneath is one line and
    /// <see cref="ExitCodes.StoreFailed"/>. Only commands that deliver to grains (<paramref name="grains"/>) start a silo.
    /// </summary>
    public static async Task<int> RunAsync(
        ParseResult parseResult,
        Func<IServiceProvider, Task<int>> command,
        CancellationToken cancellationToken,
        bool writes = true,
        bool grains = false)
    {
        IHost host;
        try
        {
            host = await StartAsync(parseResult, grains, cancellationToken);
        }
        catch (Exception exception) when (exception is ArgumentException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"The silo cannot start: {exception.Message}");
            return ExitCodes.BadInput;
        }

        using (host)
        {
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

                return await command(host.Services);
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == NotADatabase)
            {
                await Console.Error.WriteLineAsync($"{store.Location} is not a Scoring store: {exception.Message}");
                return ExitCodes.BadInput;
            }
            catch (Exception exception) when (exception is SqliteException or JsonException or IOException)
            {
                await Console.Error.WriteLineAsync($"The store {store.Location} failed: {exception.Message}");
                return ExitCodes.StoreFailed;
            }
            finally
            {
                // A silo leaves its cluster and deactivates its grains before the services it runs on go away.
                await host.StopAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>SQLite's answer when a file is not a database at all.</summary>
    private const int NotADatabase = 26;

    private static async Task<IHost> StartAsync(ParseResult parseResult, bool grains, CancellationToken cancellationToken)
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

        if (grains)
        {
            builder.AddScoringSilo();
        }
        else
        {
            builder.AddScoringStore();
        }

        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }
}
