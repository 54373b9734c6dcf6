using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Scoring.Gateway.Api;
using Scoring.GrainInterfaces;
using Scoring.Silo;

namespace Scoring.Gateway;

/// <summary>Wires the Gateway: the store it reads, the silo it may host, the API and its error shape.</summary>
public static class GatewayHostingExtensions
{
    public static WebApplicationBuilder AddScoringGateway(this WebApplicationBuilder builder)
    {
        // Whether to host a silo decides what is registered, so the setting is read here rather than through IOptions.
        var gateway = builder.Configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();
        builder.AddScoringSilo();
        builder.Services.AddHostedService<StoreMigrator>();
        if (gateway.HostSilo)
        {
            builder.AddScoringSiloWorker();
        }

        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = ScoringJson.Options.Encoder);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapScoringGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapYearsApi();
        app.MapUnitsApi();
        app.Lifetime.ApplicationStarted.Register(() => LogAddresses(app));
        return app;
    }

    private static void LogAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            GatewayLog.Ready(app.Logger, address);
        }
    }
}
