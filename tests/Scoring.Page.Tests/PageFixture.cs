using System.Text.Json;
using Microsoft.Playwright;
using Scoring.Gateway.Tests;
using Scoring.Silo.Access;

namespace Scoring.Page.Tests;

/// <summary>
/// The Gateway on Kestrel over the sample year (2024, and the same units as 2023 so there is a year to pick and to
/// compare with), and the system's Chromium driven by Playwright. Each test opens its own browser context, signed in
/// as the root's operator unless it says otherwise.
/// </summary>
public sealed class PageFixture() : GatewayFixture(onKestrel: true), IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public const int EarlierYear = SampleYear.Year - 1;

    public Uri Address => Client.BaseAddress ?? throw new InvalidOperationException("The Gateway has no address.");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await ImportAsync(SampleYear.Write(Folder("earlier"), SampleYear.Assessments), EarlierYear, TestContext.Current.CancellationToken);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
    }

    /// <summary>The token the page is signed in with unless a test gives another: the operator of the root.</summary>
    public string RootOperator => Token("HN", AccessRoles.Operator, name: "Ban Tổ chức Thành ủy");

    /// <summary>A new page at <paramref name="path"/> of the Gateway, in a browser context of its own, signed in with <paramref name="token"/> (the root's operator by default).</summary>
    public async Task<IPage> OpenAsync(string path = "/", string? token = null)
    {
        var page = await NewPageAsync(token ?? RootOperator);
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>
    /// A blank page in a browser context of its own (its own storage), 1280×900, addresses relative to the Gateway;
    /// with a token, the tab holds it as a sign-in link would have left it.
    /// </summary>
    public async Task<IPage> NewPageAsync(string? token = null)
    {
        var context = await (_browser ?? throw new InvalidOperationException("The browser has not started."))
            .NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = Address.ToString() });
        if (token is not null)
        {
            await context.AddInitScriptAsync($"sessionStorage.setItem('scoring.token', {JsonSerializer.Serialize(token)});");
        }

        return await context.NewPageAsync();
    }

    public new async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
