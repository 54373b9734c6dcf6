using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Scoring.Silo.Runtime;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Commands;

/// <summary>Builds the silo's services for one command, with the store the command line or the settings name.</summary>
internal static class CommandHost
{
    public static async Task<IHost> StartAsync(ParseResult parseResult, CancellationToken cancellationToken)
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
        _ = host.Services.GetRequiredService<IOptions<SiloOptions>>().Value;
        await host.Services.GetRequiredService<IGrainStore>().MigrateAsync(cancellationToken);
        return host;
    }
}
