using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Gateway.Reports.Files;

/// <summary>The Vietnamese names the official review tables give the kinds, the levels and the targets' indicators.</summary>
internal static class VietnameseNames
{
    /// <summary>
    /// A level by its code in the year's names (TSVM and YK in 2014–2017), with the code after a rated one:
    /// "Hoàn thành tốt nhiệm vụ (HTTNV)".
    /// </summary>
    public static string Level(string code) => code switch
    {
        "HTXSNV" => "Hoàn thành xuất sắc nhiệm vụ (HTXSNV)",
        "TSVM" => "Trong sạch, vững mạnh (TSVM)",
        "HTTNV" => "Hoàn thành tốt nhiệm vụ (HTTNV)",
        "HTNV" => "Hoàn thành nhiệm vụ (HTNV)",
        "KHTNV" => "Không hoàn thành nhiệm vụ (KHTNV)",
        "YK" => "Yếu kém (YK)",
        "NOT_RATED" => "Không đánh giá, xếp loại",
        "PENDING" => "Chưa có kết quả",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    public static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.Nation => "Đảng bộ toàn quốc",
        UnitKind.City => "Đảng bộ tỉnh, thành phố",
        UnitKind.Upper => "Đảng bộ cấp trên cơ sở",
        UnitKind.Grassroots => "Tổ chức cơ sở đảng",
        UnitKind.Partial => "Đảng bộ bộ phận",
        UnitKind.Cell => "Chi bộ trực thuộc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// A target's indicator in words, such as "Tỷ lệ tổ chức cơ sở đảng trong sạch, vững mạnh"; the bottom rank is
    /// named as the year names it. An indicator the rules do not know is given by its code.
    /// </summary>
    public static string Indicator(string code, LevelNames names)
    {
        if (!TargetIndicator.TryParse(code, out var indicator))
        {
            return code;
        }

        var group = indicator.Kind is { } kind ? Kind(kind).ToLowerInvariant() : "đảng viên";
        var measure = indicator.Measure switch
        {
            TargetMeasure.HttnvPlusShare => "hoàn thành tốt nhiệm vụ trở lên",
            TargetMeasure.KhtnvShare => names == LevelNames.R2014 && indicator.Kind is not null ? "yếu kém" : "không hoàn thành nhiệm vụ",
            TargetMeasure.CleanStrongShare => "trong sạch, vững mạnh",
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
        };
        return $"Tỷ lệ {group} {measure}";
    }
}
