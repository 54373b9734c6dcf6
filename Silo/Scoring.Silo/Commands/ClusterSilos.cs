using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Runtime;
using Spectre.Console;

namespace Scoring.Silo.Commands;

/// <summary>The silos of a cluster as its membership knows them, with the grains each one holds now.</summary>
internal static class ClusterSilos
{
    /// <summary>Writes the cluster's silos, or one line saying that none answers; the embedded store has no cluster to show.</summary>
    public static async Task WriteAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);
        if (!SiloHostingExtensions.UsesCluster(builder))
        {
            return;
        }

        builder.AddScoringClient();
        using var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (OrleansException)
        {
            AnsiConsole.MarkupLine("Silos: none of the cluster answers.");
            return;
        }

        try
        {
            var management = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
            var members = await management.GetDetailedHosts(onlyActive: false, cancellationToken);
            var active = members.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).ToArray();
            var statistics = await StatisticsAsync(management, active, cancellationToken);
            var table = new Table().Border(TableBorder.Rounded).Title("Silos");
            table.AddColumns("Silo", "Name", "Status", "Activations", "Started");
            foreach (var member in members.OrderBy(m => m.SiloAddress.ToString(), StringComparer.Ordinal))
            {
                table.AddRow(
                    Markup.Escape(member.SiloAddress.Endpoint.ToString()),
                    Markup.Escape(member.SiloName ?? string.Empty),
                    member.Status.ToString(),
                    statistics.TryGetValue(member.SiloAddress, out var runtime) ? runtime.ActivationCount.ToString("N0") : "–",
                    member.StartTime.ToString("u"));
            }

            AnsiConsole.Write(table);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Each active silo's figures; none while one of them has just died and is not yet evicted.</summary>
    private static async Task<Dictionary<SiloAddress, SiloRuntimeStatistics>> StatisticsAsync(
        IManagementGrain management, SiloAddress[] active, CancellationToken cancellationToken)
    {
        try
        {
            return (await management.GetRuntimeStatistics(active, cancellationToken)).Zip(active).ToDictionary(s => s.Second, s => s.First);
        }
        catch (Exception exception) when (exception is OrleansException or TimeoutException)
        {
            return [];
        }
    }
}
