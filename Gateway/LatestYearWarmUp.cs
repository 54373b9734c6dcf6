using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Scoring.Gateway.Access;
using Scoring.Gateway.Api;
using Scoring.Silo.Access;
using Scoring.Silo.Storage;

namespace Scoring.Gateway;

/// <summary>
/// Asks the Gateway itself, once it has started, for what the page's first view asks: the page, the years, the latest
/// year's root compared with the year before, and its first page of children, gzipped. The first leader to open the
/// page after a restart then waits neither for the city's grains to come from the store nor for the request path to be
/// compiled (on the city, 1.5–2.0 s for that first view without it, 0.6–0.9 s with it).
/// </summary>
public sealed class LatestYearWarmUp(
    IScoringStore store, UnitDirectory directory, StoreSigningKey signingKey, IServer server, IHostApplicationLifetime lifetime, ILogger<LatestYearWarmUp> logger)
    : IHostedService
{
    public const string Holder = "warm-up";

    /// <summary>The children the page shows at a time (<c>PAGE_SIZE</c> in wwwroot/app.js): the first view's page.</summary>
    public const int FirstViewChildren = 25;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = WarmQuietlyAsync(lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Sends the first view's requests through <paramref name="client"/>; null when the store has no rated year.</summary>
    public async Task<WarmedYear?> WarmAsync(HttpClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var clock = Stopwatch.StartNew();
        var years = await store.ListYearsAsync(cancellationToken);
        if (years.Count == 0 || await directory.UnitsAsync(years[^1], cancellationToken) is not [var root, ..])
        {
            return null;
        }

        var year = years[^1];
        var unit = $"/api/v1/years/{year}/units/{Uri.EscapeDataString(root.Unit.Id.Value)}";
        var token = AccessTokens.Issue(signingKey.Value, root.Unit.Id.Value, AccessRoles.Operator, Holder, TimeSpan.FromMinutes(5));
        string[] paths = ["/", "/api/v1/years", years.Contains(year - 1) ? $"{unit}?compare={year - 1}" : unit, $"{unit}/children?limit={FirstViewChildren}"];
        var children = 0;
        foreach (var path in paths)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            // As a browser asks, so the gzipped copy of the children page is made here too.
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await client.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            if (path.Contains("/children", StringComparison.Ordinal))
            {
                var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                await using var json = response.Content.Headers.ContentEncoding.Contains("gzip") ? new GZipStream(body, CompressionMode.Decompress) : body;
                using var page = await JsonDocument.ParseAsync(json, cancellationToken: cancellationToken);
                children = page.RootElement.GetProperty("children").GetArrayLength();
            }
        }

        return new WarmedYear(year, root.Unit.Id, children, clock.Elapsed);
    }

    private async Task WarmQuietlyAsync(CancellationToken cancellationToken)
    {
        // An in-memory server (tests) has no address to ask.
        if (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is not { } address)
        {
            return;
        }

        try
        {
            using var client = new HttpClient { BaseAddress = Loopback(address) };
            if (await WarmAsync(client, cancellationToken) is { } warmed)
            {
                GatewayLog.Warmed(logger, warmed.Year, warmed.Root.Value, warmed.Children, (long)warmed.Took.TotalMilliseconds);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping before the warm-up finished.
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or JsonException)
        {
            // A cold first view is slower, not wrong: the Gateway serves on.
            GatewayLog.WarmUpFailed(logger, exception.Message);
        }
    }

    /// <summary>The server's address as the process itself can reach it: a wildcard host becomes localhost.</summary>
    private static Uri Loopback(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        return uri.Uri;
    }
}
