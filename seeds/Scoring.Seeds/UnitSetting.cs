namespace Scoring.Seeds;

/// <summary>What kind of body a unit is, which decides its name and the names and sizes of its cells.</summary>
internal enum UnitSetting
{
    Nation,
    City,

    // Upper-grassroots committees.
    UrbanDistrict,
    Town,
    RuralDistrict,
    Bloc,

    // Đảng bộ cơ sở: grassroots organizations with cells.
    Ward,
    Commune,
    Township,
    Company,
    Agency,
    School,
    Hospital,

    // Chi bộ cơ sở: grassroots organizations whose members sit directly in them.
    Kindergarten,
    PrimarySchool,
    SmallCompany,
    Clinic,
    Cooperative,

    Cell,
}
