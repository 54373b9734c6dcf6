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
    /// <see cref="ExitCodes.StoreFailed"/>.
    /// </summary>
    public static async Task<int> RunAsync(
        ParseResult parseResult, Func<IServiceProvider, Task<int>> command, CancellationToken cancellationToken, bool writes = true)
    {
        IHost host;
        try
        {
            host = await StartAsync(parseResult, cancellationToken);
        }
        catch (Exception exception) when (exception is ArgumentException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync($"The silo cannot start: {exception.Message}");
            return ExitCodes.BadInput;
        }

        using (host)
        {
            var store = host.Services.GetRequiredService<IGrainStore>();
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
            catch (Exception exception) when (exception is GrainFaultException or SqliteException or JsonException or IOException)
            {
                await Console.Error.WriteLineAsync($"The store {store.Location} failed: {exception.Message}");
                return ExitCodes.StoreFailed;
            }
        }
    }

    private static async Task<IHost> StartAsync(ParseResult parseResult, CancellationToken cancellationToken)
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

        builder.AddScoringSilo();
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }
}
