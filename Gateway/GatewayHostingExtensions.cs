using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Scoring.Gateway.Access;
using Scoring.Gateway.Api;
using Scoring.GrainInterfaces;
using OpenTelemetry.Metrics;
using Orleans.Dashboard;
using Scoring.Silo;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Scoring.Gateway.Reports;

namespace Scoring.Gateway;

/// <summary>Wires the Gateway: the store it reads, the silo it may host, the API and its error shape.</summary>
public static class GatewayHostingExtensions
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddScoringGateway(this WebApplicationBuilder builder)
    {
        // Registered first, so the store is up to date before the silo (or the client) starts.
        builder.Services.AddHostedService<StoreMigrator>();
        builder.AddScoringAccess();

        // The embedded store: the Gateway hosts the one silo. A cluster's store: the Gateway is a client of its silos.
        if (SiloHostingExtensions.UsesCluster(builder))
        {
            builder.AddScoringClient(dashboard: true);
        }
        else
        {
            builder.AddScoringSilo(dashboard: true);
        }

        // The build's output serves the page from the project's wwwroot in every environment, as run.sh starts it (a
        // published app has its own copy and no manifest, so this changes nothing there).
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddPrometheusExporter());
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [ReadyTag]);

        builder.Services.AddOptions<RequestLimitsOptions>()
            .BindConfiguration(RequestLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Kestrel refuses what exceeds its limits with an empty body; raised to a ceiling, they leave the answer to
        // RequestLimitsMiddleware, which gives a ProblemDetails. The request line also holds the method and version.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = RequestLimitsOptions.RequestTargetCeiling + 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimitsOptions.RequestHeadersCeiling;
            kestrel.Limits.MaxRequestHeaderCount = RequestLimitsOptions.RequestHeaderCountCeiling;
            kestrel.Limits.Http2.MaxRequestHeaderFieldSize = RequestLimitsOptions.RequestHeadersCeiling;
        });

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = ScoringJson.Options.Encoder;
            // Numbers are numbers: the web defaults would also read them from strings, and the document would say so.
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            json.SerializerOptions.TypeInfoResolver = (json.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(ReportContract.Modify);
        });
        builder.Services.AddSingleton<ChildrenPageCache>();
        builder.Services.AddSingleton<UnitReportBodies>();
        builder.Services.AddSingleton<UnitDirectory>();
        builder.Services.AddSingleton<LatestYearWarmUp>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LatestYearWarmUp>());
        builder.Services.AddSingleton<IUnitSearchFilter, SubtreeSearchFilter>();
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ExplainBadRequest);
        // In every environment (not only Development), so that an unreadable request reaches ExplainBadRequest.
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(openApi =>
        {
            openApi.AddSchemaTransformer<UnitIdSchemaTransformer>();
            openApi.AddOperationTransformer<NumericParametersTransformer>();
            openApi.AddOperationTransformer<ChildrenOrderParametersTransformer>();
            openApi.AddSchemaTransformer<YearComparisonSchemaTransformer>();
        });
        return builder;
    }

    public static WebApplication MapScoringGateway(this WebApplication app)
    {
        // A request an endpoint could not read (a body that is not JSON, another media type) is the client's error:
        // its own status and a ProblemDetails saying what could not be read, and no error in the log.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            SuppressDiagnosticsCallback = handled => handled.Exception is BadHttpRequestException,
        });
        // A HEAD answer is a GET answer without its body, whatever server runs the app.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.Body = Stream.Null;
            }

            return next(context);
        });
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseStatusCodePages();
        // The page leaders open (index.html at "/", its scripts and the chart library) comes before any token is asked for.
        app.UseScoringAccess();
        // The one document there is, at a fixed address: any other name is an unknown route, answered as one.
        app.MapOpenApi("/openapi/v1.json");
        app.MapYearsApi();
        app.MapUnitsApi();
        app.MapReportsApi();
        app.MapSearchApi();
        app.MapCorrectionsApi();
        app.MapDecisionsApi();
        // The cluster's figures (silos, grains, calls) are for operators; the API's figures for the subtree of a token.
        app.MapPrometheusScrapingEndpoint().RequireAuthorization(AccessPolicies.Operator);
        app.MapOrleansDashboard("/dashboard").RequireAuthorization(AccessPolicies.Operator);
        // Alive while the process answers; healthy while the store does too. Probes carry no token.
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.Lifetime.ApplicationStarted.Register(() => LogAddresses(app));
        return app;
    }

    /// <summary>Says what could not be read, when the request was at fault (the message names the parameter, never internals).</summary>
    private static void ExplainBadRequest(ProblemDetailsContext context)
    {
        if (context.Exception is BadHttpRequestException bad)
        {
            context.ProblemDetails.Detail ??= bad.Message;
        }
    }

    /// <summary>"Healthy" as plain text, as probes expect; a 503 is an error like any other, so a ProblemDetails naming what fails.</summary>
    private static async Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        if (report.Status != HealthStatus.Unhealthy)
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(report.Status.ToString());
            return;
        }

        var failing = report.Entries.Where(entry => entry.Value.Status == HealthStatus.Unhealthy).Select(entry => entry.Value.Description ?? entry.Key);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = context.Response.StatusCode,
                Title = "Unhealthy",
                Detail = string.Join(" ", failing),
            },
        });
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
