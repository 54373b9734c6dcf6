using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Commands;

/// <summary>Runs a command against the silo's services, with the store the command line or the settings name.</summary>
internal static class CommandHost
{
    /// <summary>
    /// Starts the services and migrates the store, then runs <paramref name="command"/>. A setting that cannot work
    /// (a bad store, an invalid option) is one line on standard error and <see cref="ExitCodes.BadInput"/>.
    /// </summary>
    public static async Task<int> RunAsync(
        ParseResult parseResult, Func<IServiceProvider, Task<int>> command, CancellationToken cancellationToken)
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
            return await command(host.Services);
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
        await host.Services.GetRequiredService<IGrainStore>().MigrateAsync(cancellationToken);
        return host;
    }
}
