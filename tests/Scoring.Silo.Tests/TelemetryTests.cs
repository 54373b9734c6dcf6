using System.Diagnostics.Metrics;
using Scoring.Silo.Runtime;

namespace Scoring.Silo.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task A_run_records_its_turns_the_units_it_wrote_itself_and_every_grain_write_on_the_Scoring_Silo_meter()
    {
        await using var silo = await SiloHarness.StartAsync();
        var measured = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SiloTelemetry.Name && instrument.Meter.Scope == silo.MeterFactory)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (measured)
            {
                measured[instrument.Name] = measured.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();

        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);

        // C1, C2, C3 and G2 have no children: the run writes them; HN, Q1 and G1 turn in their grains.
        Assert.Equal(3, measured["scoring.silo.turns"]);
        Assert.Equal(4, measured["scoring.silo.leaves.placed"]);
        Assert.Equal(7, measured["scoring.silo.storage.writes"]);
        Assert.InRange(measured["scoring.silo.storage.batches"], 1, 7);
    }
}
