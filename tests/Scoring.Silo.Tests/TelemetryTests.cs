using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using Scoring.Silo.Runtime;

namespace Scoring.Silo.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task A_run_records_its_turns_and_mail_on_the_Scoring_Silo_meter()
    {
        using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
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
            measured[instrument.Name] = measured.GetValueOrDefault(instrument.Name) + value);
        listener.Start();

        await silo.DrainAsync();

        Assert.Equal(7, measured["scoring.silo.turns"]);
        Assert.Equal(10 + 6, measured["scoring.silo.mail.delivered"]);
        Assert.True(measured["scoring.silo.batches"] >= 4);
    }

    [Theory]
    [InlineData("http://127.0.0.1:4317", true)]
    [InlineData("", false)]
    public void Metrics_are_exported_over_OTLP_only_when_an_endpoint_is_set(string endpoint, bool exported)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration[SiloHostingExtensions.OtlpEndpointSetting] = endpoint;
        builder.Configuration["ConnectionStrings:scoring"] = "Data Source=:memory:";
        builder.AddScoringSilo();
        using var host = builder.Build();

        Assert.Equal(exported, host.Services.GetService<MeterProvider>() is not null);
    }
}
