using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Scoring.Gateway.Tests;
using static Microsoft.Playwright.Assertions;

namespace Scoring.Page.Tests;

/// <summary>The page in a real browser: it shows what the API gives, drills down, sorts, searches, speaks two languages and stays live.</summary>
public sealed class PageTests(PageFixture gateway) : IClassFixture<PageFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Drilling_down_from_the_city_to_a_cell_shows_the_figures_the_API_gives()
    {
        var page = await gateway.OpenAsync();

        await ExpectUnitAsync(page, "HN");
        await Expect(page.Locator("#year")).ToHaveValueAsync("2024");
        await ExpectKindsLikeTheApiAsync(page, "HN");

        await page.Locator("#children tr[data-unit='Q1']").ClickAsync();
        await ExpectUnitAsync(page, "Q1");
        await ExpectKindsLikeTheApiAsync(page, "Q1");

        // By keyboard: a row takes the focus, Enter opens it.
        await page.Locator("#children tr[data-unit='Q1-P1']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await ExpectUnitAsync(page, "Q1-P1");
        await ExpectKindsLikeTheApiAsync(page, "Q1-P1");

        await page.Locator("#children tr[data-unit='Q1-P1-C1']").ClickAsync();
        await ExpectUnitAsync(page, "Q1-P1-C1");
        var cell = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1-P1-C1", Cancel);
        foreach (var field in new[] { "total", "htxsnv", "httnv", "htnv", "khtnv", "notRated" })
        {
            Assert.Equal(cell.GetProperty("members").GetProperty(field).GetInt32(), await NumberAsync(page.Locator($"#members td[data-field='{field}']")));
        }

        await Expect(page.Locator("#breadcrumb a")).ToHaveTextAsync(["Hà Nội", "Quận 1", "Đảng bộ phường 1"]);
        await page.Locator("#breadcrumb a", new() { HasText = "Hà Nội" }).ClickAsync();
        await ExpectUnitAsync(page, "HN");
    }

    [Fact]
    public async Task Picking_a_year_shows_that_year_and_compares_with_the_one_before_when_there_is_one()
    {
        var page = await gateway.OpenAsync();
        await ExpectUnitAsync(page, "HN");
        await Expect(page.Locator("#level-comparison")).ToContainTextAsync("2023");

        await page.Locator("#year").SelectOptionAsync(PageFixture.EarlierYear.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/2023/HN$"));
        await Expect(page.Locator("#level-comparison")).ToHaveCountAsync(0);
        await ExpectKindsLikeTheApiAsync(page, "HN", PageFixture.EarlierYear);
    }

    [Fact]
    public async Task A_correction_made_through_the_API_shows_on_the_open_page_without_a_reload()
    {
        var page = await gateway.OpenAsync("/#/2024/Q2-P1");
        await ExpectUnitAsync(page, "Q2-P1");
        await Expect(page.Locator("#kinds tr[data-kind='cell'] td[data-field='khtnv'] .value")).ToHaveTextAsync("0");
        await page.EvaluateAsync("window.loadedOnce = true");

        var grades = new
        {
            not_rated = false, politics = "K", organization = "T", tasks = "T", oversight = "T",
            leadership_disciplined = false, affiliates_disciplined = 0, disunity = false, targets_met_percent = 80,
        };
        using var corrected = await gateway.Client.PutAsJsonAsync("/api/v1/years/2024/units/Q2-P1-C1/assessment", grades, Cancel);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        await Expect(page.Locator("#kinds tr[data-kind='cell'] td[data-field='khtnv'] .value")).ToHaveTextAsync("1", new() { Timeout = 10_000 });
        await Expect(page.Locator("#children tr[data-unit='Q2-P1-C1'] td[data-field='level']")).ToHaveTextAsync("KHTNV");
        Assert.True(await page.EvaluateAsync<bool>("window.loadedOnce === true"), "The page was loaded again.");
    }

    [Fact]
    public async Task Sorting_a_column_of_the_children_table_reorders_it()
    {
        var page = await gateway.OpenAsync("/#/2024/Q1");
        await ExpectUnitAsync(page, "Q1");
        var rows = page.Locator("#children tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        Assert.Equal(["Q1-P1", "Q1-P2", "Q1-P3"], await UnitsAsync(rows));

        // By id, largest first: the API ranks the children.
        await page.Locator("#children button[data-sort='id']").ClickAsync();
        await Expect(rows.First).ToHaveAttributeAsync("data-unit", "Q1-P3");
        Assert.Equal(["Q1-P3", "Q1-P2", "Q1-P1"], await UnitsAsync(rows));

        // By name: the page in hand is sorted ("Chi bộ cơ sở Công ty A" before "Đảng bộ phường 1").
        await page.Locator("#children button[data-sort='name']").ClickAsync();
        await Expect(rows.First).ToHaveAttributeAsync("data-unit", "Q1-P2");
        Assert.Equal(["Q1-P2", "Q1-P1", "Q1-P3"], await UnitsAsync(rows));

        // By level: HTNV, then HTXSNV; the unit not rated comes last.
        await page.Locator("#children button[data-sort='level']").ClickAsync();
        await Expect(page.Locator("#children th[aria-sort='ascending'] button[data-sort='level']")).ToHaveCountAsync(1);
        Assert.Equal(["Q1-P2", "Q1-P1", "Q1-P3"], await UnitsAsync(rows));
    }

    [Fact]
    public async Task Search_finds_a_unit_by_part_of_its_name_without_its_marks_and_opens_it()
    {
        var page = await gateway.OpenAsync();
        await ExpectUnitAsync(page, "HN");

        await page.Locator("#search").FillAsync("phuong dong");
        var result = page.Locator("#search-results button[data-unit='Q2-P1']");
        await Expect(result).ToContainTextAsync("Đảng bộ phường Đông");
        await result.ClickAsync();

        await ExpectUnitAsync(page, "Q2-P1");
        await Expect(page.Locator("#breadcrumb a")).ToHaveTextAsync(["Hà Nội", "Quận 2"]);
    }

    [Fact]
    public async Task The_page_speaks_Vietnamese_until_switched_to_English_and_remembers_the_choice()
    {
        var page = await gateway.OpenAsync();
        await ExpectUnitAsync(page, "HN");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Xếp loại tổ chức đảng");
        await Expect(page.Locator("#unit-kind")).ToHaveTextAsync("Đảng bộ thành phố");

        await page.Locator("#language").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Party organization ratings");
        await Expect(page.Locator("#unit-kind")).ToHaveTextAsync("City");
        await page.ReloadAsync();
        await ExpectUnitAsync(page, "HN");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Party organization ratings");
    }

    [Fact]
    public async Task A_sign_in_link_s_token_is_kept_out_of_the_address_sent_with_every_call_and_names_who_is_viewing()
    {
        var token = gateway.Token("Q1", "viewer", name: "Nguyễn Văn A");
        var page = await gateway.NewPageAsync();
        var authorizations = new List<string?>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/v1/", StringComparison.Ordinal))
            {
                authorizations.Add(request.Headers.GetValueOrDefault("authorization"));
            }
        };

        await page.GotoAsync($"/#token={token}");

        await ExpectUnitAsync(page, "Q1");
        await Expect(page.Locator("#who")).ToContainTextAsync("Nguyễn Văn A");
        Assert.DoesNotContain("token", page.Url, StringComparison.Ordinal);
        Assert.NotEmpty(authorizations);
        Assert.All(authorizations, header => Assert.Equal($"Bearer {token}", header));
        await Expect(page.Locator("#breadcrumb a")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_root_s_first_view_renders_and_is_photographed_on_request()
    {
        // SCORING_PAGE_ADDRESS points this at another Gateway (the city of run.sh); SCORING_SCREENSHOT saves the view.
        // The address is a sign-in link: the other Gateway's carries its own token.
        var address = Environment.GetEnvironmentVariable("SCORING_PAGE_ADDRESS") is { Length: > 0 } other
            ? other
            : $"{gateway.Address}#token={gateway.RootOperator}";
        var page = await gateway.NewPageAsync();

        var clock = Stopwatch.StartNew();
        await page.GotoAsync(address);
        await Expect(page.Locator("#kinds tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#children tbody tr").First).ToBeVisibleAsync();
        clock.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"First view of {address}: {clock.ElapsedMilliseconds} ms");

        if (Environment.GetEnvironmentVariable("SCORING_SCREENSHOT") is { Length: > 0 } path)
        {
            await page.ScreenshotAsync(new() { Path = path });
        }
    }

    [Fact]
    public async Task A_district_viewer_cannot_reach_another_district_on_the_page_by_search_or_through_the_API()
    {
        var token = gateway.Token("Q1", "viewer");
        var page = await gateway.OpenAsync("/#/2024/Q2", token);

        await Expect(page.Locator("#message")).ToHaveTextAsync("Bạn không được phép xem đơn vị này.");
        await Expect(page.Locator("#kinds tbody tr")).ToHaveCountAsync(0);

        await page.GotoAsync("/#/2024/Q1");
        await ExpectUnitAsync(page, "Q1");
        await page.Locator("#search").FillAsync("phuong");
        await Expect(page.Locator("#search-results button[data-unit='Q1-P1']")).ToBeVisibleAsync();
        await Expect(page.Locator("#search-results button[data-unit='Q2-P1']")).ToHaveCountAsync(0);

        var status = await page.EvaluateAsync<int>(
            "async token => (await fetch('/api/v1/years/2024/units/Q2', { headers: { Authorization: `Bearer ${token}` } })).status", token);
        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Without_a_token_the_page_asks_to_sign_in_with_the_link()
    {
        var page = await gateway.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.Locator("#message")).ToContainTextAsync("Hãy đăng nhập lại bằng đường link");
        await Expect(page.Locator("#kinds tbody tr")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("/#/2024/HN", "vi")]
    [InlineData("/#/2024/Q1-P1-C1", "vi")]
    [InlineData("/#/2024/HN", "en")]
    public async Task The_page_meets_WCAG_2_AA_as_axe_checks_it_contrast_names_and_labels_included(string path, string language)
    {
        var page = await gateway.NewPageAsync(gateway.RootOperator);
        await page.AddInitScriptAsync($"localStorage.setItem('scoring.language', '{language}');");
        await page.GotoAsync(path);
        await Expect(page.Locator("#kinds tbody tr").First).ToBeVisibleAsync();

        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });

        // The rules that matter most here did run and pass, so an empty list of violations means something.
        Assert.Contains(results.Passes, rule => rule.Id == "color-contrast");
        Assert.Contains(results.Passes, rule => rule.Id == "label");
        Assert.True(
            results.Violations.Length == 0,
            string.Join("\n", results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    [Theory]
    [InlineData("report-xlsx", "scoring-2024-Q1.xlsx")]
    [InlineData("report-csv", "scoring-2024-Q1.csv")]
    public async Task The_report_file_downloaded_from_the_page_reads_back_with_the_figures_the_API_gives(string button, string fileName)
    {
        var page = await gateway.OpenAsync("/#/2024/Q1");
        await ExpectUnitAsync(page, "Q1");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"#{button}").ClickAsync());

        Assert.Equal(fileName, download.SuggestedFilename);
        var file = await File.ReadAllBytesAsync(await download.PathAsync(), Cancel);
        var sheet = fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? ReportSheet.FromXlsx(file) : ReportSheet.FromCsv(file);
        var report = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1", Cancel);
        foreach (var (kind, name) in new[] { ("upper", "Đảng bộ cấp trên cơ sở"), ("grassroots", "Tổ chức cơ sở đảng"), ("partial", "Đảng bộ bộ phận"), ("cell", "Chi bộ trực thuộc") })
        {
            var tally = report.GetProperty("subtree").GetProperty(kind);
            var row = sheet.Row("I.", name);
            Assert.Equal(
                [tally.GetProperty("total").GetInt32(), tally.GetProperty("htxsnv").GetInt32(), tally.GetProperty("httnv").GetInt32(), tally.GetProperty("htnv").GetInt32(), tally.GetProperty("khtnv").GetInt32()],
                new[] { row[1], row[3], row[5], row[7], row[9] }.Select(cell => Convert.ToInt32(cell, System.Globalization.CultureInfo.InvariantCulture)));
        }

        var members = report.GetProperty("members");
        Assert.Equal(members.GetProperty("total").GetInt32(), Convert.ToInt32(sheet.Row("II.", "Đảng viên")[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Task ExpectUnitAsync(IPage page, string unit) =>
        Expect(page.Locator("#unit-id")).ToHaveTextAsync(unit);

    /// <summary>Every count of the kinds table is the API's for the unit's subtree.</summary>
    private async Task ExpectKindsLikeTheApiAsync(IPage page, string unit, int year = 2024)
    {
        var report = await gateway.GetJsonAsync($"/api/v1/years/{year}/units/{unit}", Cancel);
        foreach (var kind in report.GetProperty("subtree").EnumerateObject())
        {
            var row = page.Locator($"#kinds tr[data-kind='{kind.Name}']");
            foreach (var field in new[] { "total", "htxsnv", "httnv", "htnv", "khtnv", "pending", "notRated", "httnvPlus" })
            {
                Assert.Equal(kind.Value.GetProperty(field).GetInt32(), await NumberAsync(row.Locator($"td[data-field='{field}']")));
            }
        }
    }

    /// <summary>The number a cell shows (not the year-over-year difference under it), whatever the language's digit grouping.</summary>
    private static async Task<int> NumberAsync(ILocator cell)
    {
        var shown = await cell.Locator(".value").TextContentAsync() ?? "";
        return int.Parse(new string([.. shown.Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<string?>> UnitsAsync(ILocator rows) =>
        await rows.EvaluateAllAsync<string?[]>("rows => rows.map(row => row.dataset.unit)");
}
