using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Scoring.Silo.Runtime;

/// <summary>The silo's activity source and meters, named under <c>Scoring.Silo</c>.</summary>
public sealed class SiloTelemetry : IDisposable
{
    public const string Name = "Scoring.Silo";

    private readonly Meter _meter;
    private readonly Counter<long> _writes;
    private readonly Counter<long> _writeBatches;
    private readonly Histogram<double> _writeBatchDuration;

    public SiloTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        Turns = _meter.CreateCounter<long>("scoring.silo.turns", description: "Grain turns a run delivered.");
        LeavesPlaced = _meter.CreateCounter<long>("scoring.silo.leaves.placed", description: "New units without children whose first state a run wrote itself.");
        MailRejected = _meter.CreateCounter<long>("scoring.silo.mail.rejected", description: "Units whose inputs were set aside as dead mail.");
        _writes = _meter.CreateCounter<long>("scoring.silo.storage.writes", description: "Grain states written.");
        _writeBatches = _meter.CreateCounter<long>("scoring.silo.storage.batches", description: "Transactions that wrote grain states.");
        _writeBatchDuration = _meter.CreateHistogram<double>("scoring.silo.storage.batch.duration", unit: "s", description: "Time to commit one batch of grain writes.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public Counter<long> Turns { get; }

    public Counter<long> LeavesPlaced { get; }

    public Counter<long> MailRejected { get; }

    public void WritesCommitted(int writes, TimeSpan elapsed)
    {
        _writes.Add(writes);
        _writeBatches.Add(1);
        _writeBatchDuration.Record(elapsed.TotalSeconds);
    }

    public void Dispose() => _meter.Dispose();
}
