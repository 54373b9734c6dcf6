namespace Scoring.Gateway.Tests;

/// <summary>The report files of a 2016 year (R2014): the organizations' levels are TSVM, HTTNV, HTNV and YK; members keep the 2018 names.</summary>
public sealed class TsvmReportFileTests(TsvmGatewayFixture gateway) : IClassFixture<TsvmGatewayFixture>
{
    private const string City = "/api/v1/years/2016/units/HN";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_2016_xlsx_heads_the_organizations_levels_TSVM_and_YK_and_the_members_HTXSNV_and_KHTNV()
    {
        var sheet = ReportSheet.FromXlsx(await ReportSheet.DownloadAsync(gateway.Client, $"{City}/report.xlsx", Cancel));

        var organizations = sheet.Row("I.", "Loại tổ chức đảng");
        Assert.Equal(
            ["Trong sạch, vững mạnh (TSVM)", "Hoàn thành tốt nhiệm vụ (HTTNV)", "Hoàn thành nhiệm vụ (HTNV)", "Yếu kém (YK)"],
            organizations.Skip(3).Take(8).Where(cell => cell is not null));
        var members = sheet.Row("II.", "Đảng viên");
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ (HTXSNV)", sheet.Rows[sheet.Rows.ToList().IndexOf(members) - 2][3]);
        Assert.Equal("Xếp loại", sheet.Rows[4][0]);
        Assert.Equal("Trong sạch, vững mạnh (TSVM)", sheet.Rows[4][1]);
    }

    [Fact]
    public async Task The_2016_xlsx_counts_TSVM_and_YK_as_the_JSON_report_does_and_clean_and_strong_is_the_TSVM_count()
    {
        var report = await gateway.GetJsonAsync(City, Cancel);

        var sheet = ReportSheet.FromXlsx(await ReportSheet.DownloadAsync(gateway.Client, $"{City}/report.xlsx", Cancel));

        var grassroots = report.Tally("subtree", "grassroots");
        var row = sheet.Row("I.", "Tổ chức cơ sở đảng");
        // G1 TSVM, G2 HTTNV, G3 YK.
        Assert.Equal(
            [(double)grassroots.Int("tsvm"), 33.33, (double)grassroots.Int("httnv"), 33.33, (double)grassroots.Int("htnv"), 0.0, (double)grassroots.Int("yk"), 33.33],
            row.Skip(3).Take(8));
        var cleanStrong = sheet.Row("III.", "Tổ chức cơ sở đảng");
        Assert.Equal([1.0, 33.33, "Số xếp loại trong sạch, vững mạnh (TSVM)"], cleanStrong.Skip(3).Take(3));
        // R2014 has no HTXSNV quota.
        Assert.False(sheet.HasPart("IV."));
    }
}
