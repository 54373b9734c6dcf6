using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>
/// GET .../report.xlsx and .../report.csv over the sample year: the official summary table, with the figures of the
/// JSON report of the same unit (expected levels worked out in <see cref="SampleYear"/>).
/// </summary>
public sealed class ReportFileTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string City = "/api/v1/years/2024/units/HN";
    private const string Organizations = "I.";
    private const string Members = "II.";
    private const string CleanStrong = "III.";

    private static readonly (string Kind, string Name)[] Kinds =
    [
        ("upper", "Đảng bộ cấp trên cơ sở"),
        ("grassroots", "Tổ chức cơ sở đảng"),
        ("partial", "Đảng bộ bộ phận"),
        ("cell", "Chi bộ trực thuộc"),
    ];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_xlsx_of_the_city_counts_each_kind_by_level_as_the_JSON_report_does()
    {
        var report = await gateway.GetJsonAsync(City, Cancel);

        var sheet = ReportSheet.FromXlsx(await ReportSheet.DownloadAsync(gateway.Client, $"{City}/report.xlsx", Cancel));

        foreach (var (kind, name) in Kinds)
        {
            var tally = report.Tally("subtree", kind);
            var row = sheet.Row(Organizations, name);
            object?[] expected =
            [
                name, (double)tally.Int("total"), (double)tally.Int("rated"),
                .. Levels(tally, [tally.Int("htxsnv"), tally.Int("httnv"), tally.Int("htnv"), tally.Int("khtnv")]),
                (double)tally.Int("notRated"), (double)tally.Int("pending"),
            ];
            Assert.Equal(expected, row);
        }

        // Q1-P1 HTXSNV, Q1-P2 HTNV, Q1-P3 not rated, Q2-P1 HTXSNV: 2 of 3 rated HTXSNV.
        Assert.Equal(66.67, sheet.Row(Organizations, "Tổ chức cơ sở đảng")[4]);
    }

    [Fact]
    public async Task The_xlsx_of_the_city_gives_its_members_HTTNV_plus_and_clean_and_strong_as_the_JSON_report_does()
    {
        var report = await gateway.GetJsonAsync(City, Cancel);

        var sheet = ReportSheet.FromXlsx(await ReportSheet.DownloadAsync(gateway.Client, $"{City}/report.xlsx", Cancel));

        var members = report.MemberCounts();
        var membersShare = report.GetProperty("members").GetProperty("httnvPlusShare").GetDouble();
        Assert.Equal(
            ["Đảng viên", (double)members.Total, (double)members.Rated, .. Levels(report.GetProperty("members"), [members.Htxsnv, members.Httnv, members.Htnv, members.Khtnv]),
                (double)members.NotRated, (double)members.Disciplined],
            sheet.Row(Members, "Đảng viên"));
        foreach (var (kind, name) in Kinds)
        {
            var tally = report.Tally("subtree", kind);
            var cleanStrong = tally.GetProperty("cleanStrong");
            var row = sheet.Row(CleanStrong, name);
            Assert.Equal((double)tally.Int("httnvPlus"), row[1]);
            Assert.Equal(Percent(tally.GetProperty("httnvPlusShare")), row[2]);
            Assert.Equal((double)cleanStrong.Int("count"), row[3]);
            Assert.Equal(Percent(cleanStrong.GetProperty("share")), row[4]);
            Assert.Equal("Suy ra từ số hoàn thành tốt nhiệm vụ trở lên", row[5]);
        }

        Assert.Equal(["Đảng viên", (double)members.HttnvPlus, Percent(membersShare)], sheet.Row(CleanStrong, "Đảng viên").Take(3));
    }

    [Fact]
    public async Task The_title_block_names_the_year_the_unit_and_its_final_proposed_and_decided_levels()
    {
        var sheet = ReportSheet.FromXlsx(await ReportSheet.DownloadAsync(gateway.Client, $"{City}/report.xlsx", Cancel));

        Assert.Equal("BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN NĂM 2024", sheet.Rows[0][0]);
        Assert.Equal(
            [
                ("Đơn vị", "Hà Nội"),
                ("Mã đơn vị", "HN"),
                ("Loại tổ chức", "Đảng bộ tỉnh, thành phố"),
                ("Xếp loại", "Hoàn thành tốt nhiệm vụ (HTTNV)"),
                ("Mức đề xuất theo quy định", "Hoàn thành tốt nhiệm vụ (HTTNV)"),
                ("Mức cấp có thẩm quyền quyết định", "Chưa quyết định"),
            ],
            sheet.Rows.Skip(1).Take(6).Select(row => ((string)row[0]!, (string)row[1]!)));
    }

    [Fact]
    public async Task The_headings_are_in_Vietnamese_with_the_2018_level_names_and_their_codes()
    {
        var sheet = ReportSheet.FromXlsx(await ReportSheet.DownloadAsync(gateway.Client, $"{City}/report.xlsx", Cancel));

        var headings = sheet.Rows[sheet.Rows.ToList().FindIndex(row => Equals(row[0], "Loại tổ chức đảng"))];
        Assert.Equal(
            ["Loại tổ chức đảng", "Tổng số", "Số được đánh giá, xếp loại", "Hoàn thành xuất sắc nhiệm vụ (HTXSNV)", null,
                "Hoàn thành tốt nhiệm vụ (HTTNV)", null, "Hoàn thành nhiệm vụ (HTNV)", null, "Không hoàn thành nhiệm vụ (KHTNV)", null,
                "Không đánh giá, xếp loại", "Chưa có kết quả"],
            headings);
        Assert.Contains(sheet.Rows, row => row.Skip(3).Take(2).SequenceEqual(["Số lượng", "Tỷ lệ %"]));
    }

    [Fact]
    public async Task The_csv_holds_the_same_rows_and_figures_as_the_xlsx()
    {
        var xlsx = ReportSheet.FromXlsx(await ReportSheet.DownloadAsync(gateway.Client, $"{City}/report.xlsx", Cancel));
        var csv = ReportSheet.FromCsv(await ReportSheet.DownloadAsync(gateway.Client, $"{City}/report.csv", Cancel));

        Assert.Equal(xlsx.Rows.Count, csv.Rows.Count);
        for (var at = 0; at < xlsx.Rows.Count; at++)
        {
            var expected = xlsx.Rows[at].Select(cell => cell is double number ? number.ToString(CultureInfo.InvariantCulture) : (string?)cell);
            var actual = csv.Rows[at].Select(cell => cell is string text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? ((double)number).ToString(CultureInfo.InvariantCulture)
                : (string?)cell);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task The_csv_is_UTF8_with_a_byte_order_mark_and_quotes_the_headings_that_hold_a_comma()
    {
        var file = await ReportSheet.DownloadAsync(gateway.Client, $"{City}/report.csv", Cancel);

        Assert.Equal(Encoding.UTF8.GetPreamble(), file.Take(3));
        var text = Encoding.UTF8.GetString(file, 3, file.Length - 3);
        Assert.StartsWith("\"BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN NĂM 2024\",,,,,,,,,,,,\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Tổ chức cơ sở đảng,4,3,2,66.67,0,0.00,1,33.33,0,0.00,1,0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "scoring-2024-HN.xlsx")]
    [InlineData("report.csv", "text/csv; charset=utf-8", "scoring-2024-HN.csv")]
    public async Task A_report_file_is_an_attachment_with_its_media_type_and_a_plain_file_name(string file, string mediaType, string name)
    {
        using var response = await GetAsync($"{City}/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal($"attachment; filename=\"{name}\"", response.Content.Headers.ContentDisposition?.ToString());
    }

    [Theory]
    [InlineData("report.xlsx")]
    [InlineData("report.csv")]
    public async Task A_report_file_carries_the_unit_s_version_as_ETag_and_answers_304_while_it_has_not_changed(string file)
    {
        var version = (await gateway.GetJsonAsync(City, Cancel)).GetProperty("version").GetInt64();
        using var first = await GetAsync($"{City}/{file}");
        Assert.Equal($"\"{version}\"", first.Headers.ETag?.Tag);

        using var again = await GetAsync($"{City}/{file}", first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Theory]
    [InlineData("/api/v1/years/2024/units/NO-SUCH-UNIT/report.xlsx", HttpStatusCode.NotFound, "Unknown unit", "'NO-SUCH-UNIT'")]
    [InlineData("/api/v1/years/2030/units/HN/report.csv", HttpStatusCode.NotFound, "Unknown year", "2030")]
    [InlineData("/api/v1/years/02024/units/HN/report.xlsx", HttpStatusCode.BadRequest, "Not a year", "'02024'")]
    [InlineData("/api/v1/years/abc/units/HN/report.csv", HttpStatusCode.BadRequest, "Not a year", "'abc'")]
    public async Task A_report_file_that_cannot_be_given_is_the_same_problem_as_for_the_JSON_report(string path, HttpStatusCode status, string title, string named)
    {
        using var response = await GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(title, problem.RootElement.Text("title"));
        Assert.Equal((int)status, problem.RootElement.Int("status"));
        Assert.Contains(named, problem.RootElement.Text("detail"), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task A_unit_id_with_a_control_character_is_a_validation_problem_naming_id()
    {
        using var response = await GetAsync("/api/v1/years/2024/units/H%0AN/report.xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_both_files_with_their_media_types()
    {
        var paths = (await gateway.GetJsonAsync("/openapi/v1.json", Cancel)).GetProperty("paths");

        var xlsx = paths.GetProperty("/api/v1/years/{year}/units/{id}/report.xlsx").GetProperty("get");
        var csv = paths.GetProperty("/api/v1/years/{year}/units/{id}/report.csv").GetProperty("get");
        Assert.False(string.IsNullOrWhiteSpace(xlsx.Text("summary")));
        Assert.True(xlsx.GetProperty("responses").GetProperty("200").GetProperty("content")
            .TryGetProperty("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out _));
        Assert.True(csv.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv; charset=utf-8", out _));
    }

    /// <summary>The (count, share in percent) of each level, the share as the JSON report's share of the rated.</summary>
    private static IEnumerable<object?> Levels(JsonElement tally, int[] counts) =>
        counts.SelectMany(count => new object?[]
        {
            (double)count,
            tally.Int("rated") == 0 ? null : Percent(Math.Round((double)count / tally.Int("rated"), 4)),
        });

    private static double? Percent(JsonElement share) => share.ValueKind == JsonValueKind.Null ? null : Percent(share.GetDouble());

    /// <summary>A share in percent to two places, as the sheet states it (rounded in decimal, so 0.1463 is 14.63 exactly).</summary>
    private static double Percent(double share) => (double)decimal.Round((decimal)share * 100m, 2);

    private async Task<HttpResponseMessage> GetAsync(string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(ifNoneMatch));
        }

        return await gateway.Client.SendAsync(request, Cancel);
    }
}
