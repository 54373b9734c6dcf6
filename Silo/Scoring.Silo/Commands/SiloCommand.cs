using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using Orleans.Runtime;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class SiloCommand
{
    public static Command Create()
    {
        var address = new Option<string>("--address")
        {
            Description = "The address this silo listens on and gives the cluster for others to reach it.",
            DefaultValueFactory = _ => IPAddress.Loopback.ToString(),
        };
        var siloPort = Port("--silo-port", "The port for the other silos of the cluster.", 11111);
        var gatewayPort = Port("--gateway-port", "The port for clients: the Gateway and the commands.", 30000);
        var metricsPort = new Option<int?>("--metrics-port")
        {
            Description = "Serve the silo's meters (Scoring.* and Microsoft.Orleans) for Prometheus at http://<address>:<port>/metrics.",
        };
        var command = new Command(
            "silo",
            "Run a silo of the cluster whose store is the PostgreSQL database --store names, until Ctrl+C or SIGTERM; it then hands its grains over and leaves.")
        {
            address,
            siloPort,
            gatewayPort,
            metricsPort,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!IPAddress.TryParse(parseResult.GetValue(address), out var ip))
            {
                await Console.Error.WriteLineAsync($"--address '{parseResult.GetValue(address)}' is not an IP address.");
                return ExitCodes.BadInput;
            }

            var endpoints = new SiloEndpoints(ip, parseResult.GetValue(siloPort), parseResult.GetValue(gatewayPort));
            return await CommandHost.HostAsync(
                parseResult,
                builder =>
                {
                    if (!SiloHostingExtensions.UsesCluster(builder))
                    {
                        throw new ArgumentException(
                            "the silo command runs a member of a cluster, whose store is a PostgreSQL database: give --store \"Host=...;Database=...\". " +
                            "The embedded SQLite store needs no silo of its own: every command hosts one.");
                    }

                    builder.AddScoringSilo(endpoints, dashboard: true);
                    if (parseResult.GetValue(metricsPort) is { } port)
                    {
                        builder.Services.AddOpenTelemetry().WithMetrics(metrics =>
                            metrics.AddPrometheusHttpListener(listener => (listener.Host, listener.Port) = (ip.ToString(), port)));
                    }
                },
                async host =>
                {
                    try
                    {
                        await host.StartAsync(cancellationToken);
                    }
                    catch (Exception exception) when (exception is OrleansException or SocketException)
                    {
                        await Console.Error.WriteLineAsync(
                            $"The silo could not start at {endpoints.Address}:{endpoints.SiloPort} (clients: {endpoints.GatewayPort}): {exception.Message}");
                        return ExitCodes.BadInput;
                    }

                    AnsiConsole.MarkupLine(
                        $"Silo at {endpoints.Address}:{endpoints.SiloPort} (clients: {endpoints.GatewayPort}) joined the cluster; Ctrl+C or SIGTERM stops it.");
                    // SIGTERM or Ctrl+C reaches the host's lifetime, which stops the silo: it hands its grains over and leaves.
                    await host.WaitForShutdownAsync(CancellationToken.None);
                    AnsiConsole.MarkupLine("Silo stopped.");
                    return ExitCodes.Success;
                },
                writes: true,
                cancellationToken);
        });
        return command;
    }

    private static Option<int> Port(string name, string description, int defaultPort) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultPort,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, out var port) && port is > 0 and < 65536)
            {
                return port;
            }

            result.AddError($"{name} '{text}' is not a port (1–65535).");
            return 0;
        },
    };
}
