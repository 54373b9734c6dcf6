using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Scoring.Silo.Runtime;

/// <summary>The silo's activity source and meters, named under <c>Scoring.Silo</c>.</summary>
public sealed class SiloTelemetry : IDisposable
{
    public const string Name = "Scoring.Silo";

    private readonly Meter _meter;

    public SiloTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        Batches = _meter.CreateCounter<long>("scoring.silo.batches", description: "Turn batches committed.");
        Turns = _meter.CreateCounter<long>("scoring.silo.turns", description: "Grain turns committed.");
        MailDelivered = _meter.CreateCounter<long>("scoring.silo.mail.delivered", description: "Messages delivered to grains.");
        MailRejected = _meter.CreateCounter<long>("scoring.silo.mail.rejected", description: "Messages that made a turn fail and were set aside as dead mail.");
        BatchDuration = _meter.CreateHistogram<double>("scoring.silo.batch.duration", unit: "s", description: "Time to run and commit a turn batch.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public Counter<long> Batches { get; }

    public Counter<long> Turns { get; }

    public Counter<long> MailDelivered { get; }

    public Counter<long> MailRejected { get; }

    public Histogram<double> BatchDuration { get; }

    public void Dispose() => _meter.Dispose();
}
