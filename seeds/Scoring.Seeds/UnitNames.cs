using System.Globalization;

namespace Scoring.Seeds;

/// <summary>Vietnamese names of the generated units, numbered within their parent.</summary>
internal static class UnitNames
{
    public const string City = "Đảng bộ Thành phố Hà Nội";

    public const string Nation = "Đảng Cộng sản Việt Nam";

    public static string Of(UnitSetting setting, int number) => setting switch
    {
        UnitSetting.UrbanDistrict => Numbered("Đảng bộ Quận", number),
        UnitSetting.Town => Numbered("Đảng bộ Thị xã", number),
        UnitSetting.RuralDistrict => Numbered("Đảng bộ Huyện", number),
        UnitSetting.Bloc => Numbered("Đảng bộ Khối", number),
        UnitSetting.Ward => Numbered("Đảng bộ Phường", number),
        UnitSetting.Commune => Numbered("Đảng bộ Xã", number),
        UnitSetting.Township => Numbered("Đảng bộ Thị trấn", number),
        UnitSetting.Company => Numbered("Đảng bộ Công ty Cổ phần", number),
        UnitSetting.Agency => Numbered("Đảng bộ Cơ quan", number),
        UnitSetting.School => Numbered("Đảng bộ Trường THPT", number),
        UnitSetting.Hospital => Numbered("Đảng bộ Bệnh viện", number),
        UnitSetting.Kindergarten => Numbered("Chi bộ Trường Mầm non", number),
        UnitSetting.PrimarySchool => Numbered("Chi bộ Trường Tiểu học", number),
        UnitSetting.SmallCompany => Numbered("Chi bộ Công ty TNHH", number),
        UnitSetting.Clinic => Numbered("Chi bộ Trạm Y tế", number),
        UnitSetting.Cooperative => Numbered("Chi bộ Hợp tác xã", number),
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
    };

    /// <summary>A cell is named after what it groups inside its grassroots organization.</summary>
    public static string Cell(UnitSetting grassroots, int number) => grassroots switch
    {
        UnitSetting.Ward or UnitSetting.Township => $"Chi bộ Tổ dân phố {number}",
        UnitSetting.Commune => $"Chi bộ Thôn {number}",
        UnitSetting.Company => $"Chi bộ Phân xưởng {number}",
        UnitSetting.Agency => $"Chi bộ Phòng {number}",
        UnitSetting.School => $"Chi bộ Tổ chuyên môn {number}",
        UnitSetting.Hospital => $"Chi bộ Khoa {number}",
        _ => throw new ArgumentOutOfRangeException(nameof(grassroots), grassroots, null),
    };

    /// <summary>A đảng bộ bộ phận is named after the part of its body it gathers.</summary>
    public static string Department(UnitSetting grassroots, int number) => grassroots switch
    {
        UnitSetting.Company => Numbered("Đảng bộ bộ phận Nhà máy", number),
        UnitSetting.Agency => Numbered("Đảng bộ bộ phận Vụ", number),
        UnitSetting.Hospital => Numbered("Đảng bộ bộ phận Trung tâm", number),
        _ => throw new ArgumentOutOfRangeException(nameof(grassroots), grassroots, null),
    };

    public static bool IsResidential(UnitSetting grassroots) =>
        grassroots is UnitSetting.Ward or UnitSetting.Commune or UnitSetting.Township;

    private static string Numbered(string prefix, int number) =>
        prefix + " " + number.ToString("00", CultureInfo.InvariantCulture);
}
