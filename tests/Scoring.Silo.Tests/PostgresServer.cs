using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

[assembly: AssemblyFixture(typeof(Scoring.Silo.Tests.PostgresServer))]

namespace Scoring.Silo.Tests;

/// <summary>
/// A throwaway PostgreSQL server for this test run: a fresh data folder under the temp folder, on a free loopback
/// port, stopped and deleted at the end. Each test takes a database of its own. The server's binaries come from
/// the machine's PostgreSQL (test.sh installs it when missing); as root the server runs as the user postgres.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"scoring-pg-{Guid.NewGuid():N}");
    private string? _bin;

    public int Port { get; private set; }

    /// <summary>A connection string to a database of its own; the store creates it on first use.</summary>
    public string NewDatabase(string purpose) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = $"{purpose}_{Guid.NewGuid():N}"[..Math.Min(purpose.Length + 33, 63)],
        }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin); test.sh installs it.");
        Directory.CreateDirectory(_folder);
        await AsServerUserAsync("chown", "postgres", _folder);
        Port = FreePort();
        await RunAsync("initdb", "-D", Data, "-U", "postgres", "--auth=trust", "-N");
        await RunAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-o",
            $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=300", "start");
    }

    public async ValueTask DisposeAsync()
    {
        if (_bin is not null && Directory.Exists(Data))
        {
            await RunAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }

        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Stops the server at once, as a crash would, and starts it again after <paramref name="down"/>.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await RunAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        await Task.Delay(down);
        await RunAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-o",
            $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=300", "start");
    }

    private string Data => Path.Combine(_folder, "data");

    private Task RunAsync(string tool, params string[] args) => AsServerUserAsync(Path.Combine(_bin!, tool), args);

    /// <summary>PostgreSQL refuses to run as root: as root, its tools run as the user postgres.</summary>
    private static async Task AsServerUserAsync(string program, params string[] args)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot && program != "chown" ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (program == "chown")
        {
            if (!asRoot)
            {
                return;
            }
        }
        else if (asRoot)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("postgres");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
