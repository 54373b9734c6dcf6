using System.Globalization;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Gateway.Reports.Files;

/// <summary>
/// A unit's year in the layout of the official review tables (DOMAIN.md §6, §7), made from the same
/// <see cref="UnitReport"/> the JSON answer is, so the .xlsx and the .csv state the same figures as the JSON. A title
/// block, then: I. the organizations of the subtree per kind (every kind, with zeros where the tree has none, as the
/// JSON report lists them) by level, with the count and the share of the rated for each level; II. the members;
/// III. HTTNV+ and "clean and strong"; then IV. the targets and V. the HTXSNV quota, where the unit has them.
/// </summary>
public sealed record ReportTable(IReadOnlyList<ReportRow> Rows)
{
    /// <summary>Kind (or group), total, rated, four levels × (count, share), then two more counts.</summary>
    public const int ColumnCount = 13;

    /// <summary>The heading of the first column, in every part: what the row counts.</summary>
    public const string KindHeading = "Loại tổ chức đảng";

    public const string MembersHeading = "Đảng viên";

    /// <summary>The heading of the first column over the members' row, which is headed <see cref="MembersHeading"/>.</summary>
    private const string WhoHeading = "Đối tượng";

    private const string Count = "Số lượng";
    private const string Percent = "Tỷ lệ %";
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V"];

    /// <param name="report">The unit's JSON report.</param>
    public static ReportTable From(UnitReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var names = RuleSets.ForYear(report.Year).Names;
        var rows = new List<ReportRow>();
        var parts = 0;
        string Part(string title) => $"{Numerals[parts++]}. {title}";

        rows.Add(ReportRow.Headings($"BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC ĐẢNG VÀ ĐẢNG VIÊN NĂM {report.Year}"));
        rows.Add(ReportRow.Headings("Đơn vị", report.Name));
        rows.Add(ReportRow.Headings("Mã đơn vị", report.Unit.Value));
        rows.Add(ReportRow.Headings("Loại tổ chức", VietnameseNames.Kind(report.Kind)));
        rows.Add(ReportRow.Headings("Xếp loại", VietnameseNames.Level(report.Level)));
        rows.Add(ReportRow.Headings("Mức đề xuất theo quy định", VietnameseNames.Level(report.Proposed)));
        rows.Add(ReportRow.Headings(
            "Mức cấp có thẩm quyền quyết định", report.Decided is { } decided ? VietnameseNames.Level(decided) : "Chưa quyết định"));

        rows.Add(ReportRow.Blank);
        rows.Add(ReportRow.Headings(Part("KẾT QUẢ XẾP LOẠI TỔ CHỨC ĐẢNG (toàn đảng bộ)")));
        rows.AddRange(LevelHeadings(KindHeading, names, VietnameseNames.Level(names.Code(Level.NotRated)), VietnameseNames.Level(names.Code(Level.Pending))));
        foreach (var (code, tally) in report.Subtree)
        {
            rows.Add(KindRow(code, tally));
        }

        rows.Add(ReportRow.Blank);
        rows.Add(ReportRow.Headings(Part("KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN")));
        // Members keep the 2018 names in every year.
        rows.AddRange(LevelHeadings(WhoHeading, LevelNames.Since2018, VietnameseNames.Level("NOT_RATED"), "Bị xử lý kỷ luật"));
        rows.Add(MembersRow(report.Members));

        rows.Add(ReportRow.Blank);
        rows.Add(ReportRow.Headings(Part("HOÀN THÀNH TỐT NHIỆM VỤ TRỞ LÊN VÀ TRONG SẠCH, VỮNG MẠNH")));
        rows.Add(ReportRow.Headings(KindHeading, "Hoàn thành tốt nhiệm vụ trở lên", "", "Trong sạch, vững mạnh", "", "Cách tính trong sạch, vững mạnh"));
        rows.Add(ReportRow.Headings("", Count, Percent, Count, Percent));
        foreach (var (code, tally) in report.Subtree)
        {
            rows.Add(ReportRow.Of(
                ReportCell.Of(KindName(code)),
                ReportCell.Of(tally.HttnvPlus),
                ReportCell.PercentOf(tally.HttnvPlusShare),
                ReportCell.Of(tally.CleanStrong.Count),
                ReportCell.PercentOf(tally.CleanStrong.Share),
                // Since 2018 clean and strong is no longer a level: it is read from HTTNV+, and the table says so (DOMAIN.md §2).
                ReportCell.Of(tally.CleanStrong.Derived ? "Suy ra từ số hoàn thành tốt nhiệm vụ trở lên" : "Số xếp loại trong sạch, vững mạnh (TSVM)")));
        }

        rows.Add(ReportRow.Of(ReportCell.Of(MembersHeading), ReportCell.Of(report.Members.HttnvPlus), ReportCell.PercentOf(report.Members.HttnvPlusShare)));

        if (report.Targets is { Count: > 0 } results)
        {
            rows.Add(ReportRow.Blank);
            rows.Add(ReportRow.Headings(Part("CHỈ TIÊU")));
            rows.Add(ReportRow.Headings("Mã chỉ tiêu", "Chỉ tiêu", "So sánh", "Giá trị yêu cầu (%)", "Thực hiện (%)", "Kết quả"));
            foreach (var result in results)
            {
                rows.Add(ReportRow.Of(
                    ReportCell.Of(result.Code),
                    ReportCell.Of(VietnameseNames.Indicator(result.Indicator, names)),
                    ReportCell.Of(result.Comparator),
                    ReportCell.Percent(result.Value),
                    ReportCell.Percent(result.Actual),
                    ReportCell.Of(result.Met ? "Đạt" : "Không đạt")));
            }
        }

        if (report.Quota is { } quota && RuleSets.ForYear(report.Year).ExcellentQuotaShare is { } share)
        {
            rows.Add(ReportRow.Blank);
            var limit = (share * 100m).ToString("0.##", CultureInfo.InvariantCulture);
            rows.Add(ReportRow.Headings(Part($"SỐ HOÀN THÀNH XUẤT SẮC NHIỆM VỤ (không quá {limit}% số hoàn thành tốt nhiệm vụ trở lên)")));
            rows.Add(ReportRow.Headings("Nhóm", "Hoàn thành tốt nhiệm vụ trở lên", "Hoàn thành xuất sắc nhiệm vụ", "Số tối đa", "Kết quả"));
            if (quota.Children is { } children)
            {
                rows.Add(QuotaRow("Tổ chức đảng trực thuộc", children));
            }

            if (quota.Members is { } members)
            {
                rows.Add(QuotaRow(MembersHeading, members));
            }
        }

        return new ReportTable(rows);
    }

    /// <summary>Two rows of headings: the levels (each over two columns) in the first, "count" and "share" under each.</summary>
    private static IEnumerable<ReportRow> LevelHeadings(string first, LevelNames names, string beforeLast, string last)
    {
        yield return ReportRow.Headings(
            [first, "Tổng số", "Số được đánh giá, xếp loại", .. LevelCodes.Rated.SelectMany(level => new[] { VietnameseNames.Level(names.Code(level)), "" }), beforeLast, last]);
        yield return ReportRow.Headings(["", "", "", .. LevelCodes.Rated.SelectMany(_ => new[] { Count, Percent })]);
    }

    private static ReportRow KindRow(string code, TallyView tally)
    {
        // The top and bottom ranks are TSVM and YK in the R2014 years: the same columns, named by the headings.
        int[] levels = [tally.Htxsnv ?? tally.Tsvm ?? 0, tally.Httnv, tally.Htnv, tally.Khtnv ?? tally.Yk ?? 0];
        return ReportRow.Of(
            [ReportCell.Of(KindName(code)), ReportCell.Of(tally.Total), ReportCell.Of(tally.Rated), .. LevelCells(levels, tally.Rated),
                ReportCell.Of(tally.NotRated), ReportCell.Of(tally.Pending)]);
    }

    private static ReportRow MembersRow(MemberView members) =>
        ReportRow.Of(
            [ReportCell.Of(MembersHeading), ReportCell.Of(members.Total), ReportCell.Of(members.Rated),
                .. LevelCells([members.Htxsnv, members.Httnv, members.Htnv, members.Khtnv], members.Rated),
                ReportCell.Of(members.NotRated), ReportCell.Of(members.Disciplined)]);

    private static IEnumerable<ReportCell> LevelCells(int[] counts, int rated) =>
        counts.SelectMany(count => new[] { ReportCell.Of(count), ReportCell.PercentOf(Share.Of(count, rated)) });

    private static ReportRow QuotaRow(string group, QuotaCheck check) =>
        ReportRow.Of(
            ReportCell.Of(group), ReportCell.Of(check.HttnvPlus), ReportCell.Of(check.Htxsnv), ReportCell.Of(check.Limit),
            ReportCell.Of(check.Over ? "Vượt" : "Không vượt"));

    private static string KindName(string code) =>
        UnitKindCodes.TryParse(code, out var kind) ? VietnameseNames.Kind(kind) : code;
}
