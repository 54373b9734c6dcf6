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
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName).ValidateOnStart();
        builder.AddScoringSilo();
        builder.Services.AddHostedService<StoreMigrator>();
        if (builder.Configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>()?.HostSilo ?? true)
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
