using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Scoring.Silo.Runtime;

/// <summary>
/// Starts the OTLP exporters with the host: the providers begin listening to the <c>Scoring.*</c> meters and
/// activity sources when they are created, so they are asked for at start rather than on first use.
/// </summary>
internal sealed class TelemetryExport(MeterProvider meters, TracerProvider traces) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        meters.ForceFlush();
        traces.ForceFlush();
        return Task.CompletedTask;
    }
}
