using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Orleans;
using Scoring.Gateway.Api;
using Scoring.Gateway.Reports;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;

namespace Scoring.Gateway;

/// <summary>
/// Loads the latest year's root (and the year before's, which the page compares with) and its first page of children
/// once the Gateway has started, and writes their reports once, so the first leader to open the page after a restart
/// does not wait for the city's grains to come from the store and for the reports' serializers to be made.
/// </summary>
public sealed class LatestYearWarmUp(
    IScoringStore store, UnitDirectory directory, IGrainFactory grains, IOptions<JsonOptions> json, IHostApplicationLifetime lifetime, ILogger<LatestYearWarmUp> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = WarmQuietlyAsync(lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Warms the latest year's root and the children the page shows first; null when the store has no rated year.</summary>
    public async Task<WarmedYear?> WarmAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var years = await store.ListYearsAsync(cancellationToken);
        if (years.Count == 0 || await directory.UnitsAsync(years[^1], cancellationToken) is not [var root, ..])
        {
            return null;
        }

        var year = years[^1];
        var unit = grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(year, root.Unit.Id));
        var summary = await unit.GetSummaryAsync().WaitAsync(cancellationToken);
        if (years.Contains(year - 1))
        {
            // The page compares with the year before.
            await grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(year - 1, root.Unit.Id)).GetSummaryAsync().WaitAsync(cancellationToken);
        }

        var children = await unit.GetChildrenAsync().WaitAsync(cancellationToken) ?? [];
        var shown = children.Take(PageRequest.DefaultLimit).ToArray();
        var summaries = await Task.WhenAll(shown.Select(child =>
            grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(year, child.Unit)).GetSummaryAsync())).WaitAsync(cancellationToken);
        if (summary is not null)
        {
            // The answers' serializers are made here rather than on the first request.
            JsonSerializer.SerializeToUtf8Bytes(UnitReport.From(summary), json.Value.SerializerOptions);
            JsonSerializer.SerializeToUtf8Bytes(
                new ChildrenPage(children.Count, 0, PageRequest.DefaultLimit, summaries.OfType<UnitSummary>().Select(UnitReport.From).ToList()),
                json.Value.SerializerOptions);
        }

        return new WarmedYear(year, root.Unit.Id, shown.Length, clock.Elapsed);
    }

    private async Task WarmQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await WarmAsync(cancellationToken) is { } warmed)
            {
                GatewayLog.Warmed(logger, warmed.Year, warmed.Root.Value, warmed.Children, (long)warmed.Took.TotalMilliseconds);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A cold first view is slower, not wrong: the Gateway serves on.
            GatewayLog.WarmUpFailed(logger, exception.Message);
        }
        catch (OperationCanceledException)
        {
            // Stopping before the warm-up finished.
        }
    }
}
