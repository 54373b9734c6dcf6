namespace Scoring.Gateway.Tests;

/// <summary>The report files of units with targets and quota checks (DOMAIN.md §5, §7), beside their JSON reports.</summary>
public sealed class TargetsReportFileTests(TargetsGatewayFixture gateway) : IClassFixture<TargetsGatewayFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_city_s_xlsx_lists_its_targets_with_the_indicator_the_required_value_the_actual_and_whether_met()
    {
        var targets = (await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel)).GetProperty("targets");

        var sheet = ReportSheet.FromXlsx(await ReportSheet.DownloadAsync(gateway.Client, "/api/v1/years/2024/units/HN/report.xlsx", Cancel));

        Assert.Equal(
            ["Mã chỉ tiêu", "Chỉ tiêu", "So sánh", "Giá trị yêu cầu (%)", "Thực hiện (%)", "Kết quả"],
            sheet.Row("IV. CHỈ TIÊU", "Mã chỉ tiêu").Take(6));
        Assert.Equal(
            ["DV70", "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", ">", 70.0, targets[0].GetProperty("actual").GetDouble(), "Đạt"],
            sheet.Row("IV. CHỈ TIÊU", "DV70").Take(6));
        Assert.Equal(
            ["CS90", "Tỷ lệ tổ chức cơ sở đảng trong sạch, vững mạnh", ">=", 90.0, 66.67, "Không đạt"],
            sheet.Row("IV. CHỈ TIÊU", "CS90").Take(6));
        Assert.Equal(82.93, targets[0].GetProperty("actual").GetDouble());
    }

    [Fact]
    public async Task A_district_over_its_quota_shows_the_check_with_the_20_percent_limit()
    {
        var sheet = ReportSheet.FromXlsx(await ReportSheet.DownloadAsync(gateway.Client, "/api/v1/years/2024/units/Q1/report.xlsx", Cancel));

        // Q1 has no targets, so its quota is the fourth part. Q1's children: Q1-P1 HTXSNV, Q1-P2 HTNV, Q1-P3 not rated → 1 HTTNV+, 1 HTXSNV, limit floor(0.2 × 1) = 0: over.
        const string Quota = "IV. SỐ HOÀN THÀNH XUẤT SẮC NHIỆM VỤ (không quá 20% số hoàn thành tốt nhiệm vụ trở lên)";
        Assert.True(sheet.HasPart(Quota));
        Assert.Equal(["Tổ chức đảng trực thuộc", 1.0, 1.0, 0.0, "Vượt"], sheet.Row(Quota, "Tổ chức đảng trực thuộc").Take(5));
    }

    [Fact]
    public async Task A_chi_bo_co_so_shows_its_members_quota_and_a_cell_has_neither_targets_nor_quota()
    {
        var chiBo = ReportSheet.FromCsv(await ReportSheet.DownloadAsync(gateway.Client, "/api/v1/years/2024/units/Q1-P2/report.csv", Cancel));
        var cell = ReportSheet.FromCsv(await ReportSheet.DownloadAsync(gateway.Client, "/api/v1/years/2024/units/Q1-P1-C1/report.csv", Cancel));

        // Members 1/10/3/1: 11 HTTNV+, 1 HTXSNV, limit 2.
        Assert.Equal(["Đảng viên", "11", "1", "2", "Không vượt"], chiBo.Row("IV. SỐ HOÀN THÀNH XUẤT SẮC NHIỆM VỤ", "Đảng viên").Take(5));
        Assert.False(cell.HasPart("IV."));
    }
}
