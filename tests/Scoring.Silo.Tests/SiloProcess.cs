using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Scoring.Silo.Tests;

/// <summary>
/// One Scoring.Silo command in a process of its own, started as an operator starts it
/// (<c>dotnet Scoring.Silo.dll &lt;command&gt; ...</c>), with its standard output and error kept for assertion
/// messages. A <c>silo</c> process also knows its ports and when it printed that it joined the cluster.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    /// <summary>What the silo command prints once it is a member of the cluster.</summary>
    private const string JoinedLine = "joined the cluster";

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly StringBuilder _timeline = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TaskCompletionSource _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TimeSpan? _lifetime;

    private SiloProcess(string name, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment, int siloPort, int gatewayPort)
    {
        Name = name;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Scoring.Silo.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The process runs with Scoring's own settings, whatever another test set in this process's environment.
        foreach (var inherited in start.Environment.Keys.Where(key => key.StartsWith("YearRun__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.Exited += (_, _) => _lifetime ??= _clock.Elapsed;
        _process.OutputDataReceived += (_, line) => Keep(_output, line.Data, stdout: true);
        _process.ErrorDataReceived += (_, line) => Keep(_error, line.Data, stdout: false);
        if (!_process.Start())
        {
            throw new InvalidOperationException($"{name} did not start.");
        }

        _clock.Restart();
        Id = _process.Id;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>What the test calls this process in its reports.</summary>
    public string Name { get; }

    public int Id { get; }

    /// <summary>The silo-to-silo port of a <c>silo</c> process (its membership row's port); 0 for other commands.</summary>
    public int SiloPort { get; }

    public int GatewayPort { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>From the start until the process exited, once it has.</summary>
    public TimeSpan? Lifetime => _process.HasExited ? _lifetime ?? _clock.Elapsed : null;

    /// <summary>How long this process has run.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public string StandardOutput
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_gate)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Runs a command (not a silo) in a process of its own; wait for it with <see cref="WaitForExitAsync"/>.</summary>
    public static SiloProcess Start(string name, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        new(name, args, environment, 0, 0);

    /// <summary>
    /// Starts <c>silo --store <paramref name="store"/></c> on free loopback ports and waits until it prints that it
    /// joined the cluster; a silo that exits first, or takes longer than <paramref name="timeout"/>, is an exception
    /// that carries its output.
    /// </summary>
    public static async Task<SiloProcess> StartSiloAsync(string name, string store, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var siloPort = FreeLoopbackPort();
        var gatewayPort = FreeLoopbackPort();
        var silo = new SiloProcess(
            name,
            ["silo", "--store", store, "--silo-port", siloPort.ToString(), "--gateway-port", gatewayPort.ToString()],
            null,
            siloPort,
            gatewayPort);
        try
        {
            await silo.WaitUntilJoinedAsync(timeout, cancellationToken);
            return silo;
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for the process to end and returns its exit code; a process still running after <paramref name="timeout"/> is a <see cref="TimeoutException"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            // Also waits for the end of both pipes, so the output is whole when this returns.
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name} still runs after {timeout.TotalSeconds:0} s.{Environment.NewLine}{Describe()}");
        }

        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process ends at once, as in a crash, with no chance to leave the cluster.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM, as <c>kill -TERM &lt;pid&gt;</c> sends it: a silo hands its grains over and leaves.</summary>
    public async Task TerminateAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("kill") { UseShellExecute = false };
        start.ArgumentList.Add("-TERM");
        start.ArgumentList.Add(Id.ToString());
        using var kill = Process.Start(start) ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync(cancellationToken);
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {Id} exited with {kill.ExitCode}.{Environment.NewLine}{Describe()}");
        }
    }

    /// <summary>The process, how it ended, and the end of its output (standard error marked ERR), with seconds since its start.</summary>
    public string Describe(int tail = 6_000)
    {
        var state = _process.HasExited ? $"exited with {_process.ExitCode} after {Lifetime!.Value.TotalSeconds:0.0} s" : $"running for {Elapsed.TotalSeconds:0.0} s";
        var ports = SiloPort == 0 ? string.Empty : $", silo port {SiloPort}, gateway port {GatewayPort}";
        string timeline;
        lock (_gate)
        {
            timeline = _timeline.Length <= tail
                ? _timeline.ToString()
                : $"[... {_timeline.Length - tail:N0} characters before]{Environment.NewLine}{_timeline.ToString(_timeline.Length - tail, tail)}";
        }

        return $"--- {Name} (pid {Id}{ports}) {state}{Environment.NewLine}{timeline}";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or never started: nothing is left to stop.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task WaitUntilJoinedAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var exited = _process.WaitForExitAsync(cancellationToken);
        var done = await Task.WhenAny(_joined.Task, exited, Task.Delay(timeout, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        if (done != _joined.Task)
        {
            throw new InvalidOperationException(
                $"{Name} did not join the cluster ({(done == exited ? "it exited" : $"waited {timeout.TotalSeconds:0} s")}).{Environment.NewLine}{Describe()}");
        }
    }

    private void Keep(StringBuilder buffer, string? line, bool stdout)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            buffer.AppendLine(line);
            _timeline.Append(_clock.Elapsed.TotalSeconds.ToString("0.000").PadLeft(8)).Append(stdout ? " out " : " ERR ").AppendLine(line);
        }

        if (stdout && line.Contains(JoinedLine, StringComparison.Ordinal))
        {
            _joined.TrySetResult();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
