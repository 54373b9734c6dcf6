namespace Scoring.Seeds;

/// <summary>
/// One of the 63 provinces and centrally-run cities before the 2025 reorganization. <see cref="Members"/> is a
/// rough size (thousands of members, before scaling to the national total); <see cref="Districts"/> its
/// district-level committees, to which a few sector blocs are added.
/// </summary>
internal sealed record Province(string Code, string Name, bool IsCity, int Members, int Districts, ProvinceProfile Profile)
{
    public string PartyName => PartyNameOf(Name, IsCity);

    /// <summary>The party committee's name of a centrally-run city or a province, also of a merged one.</summary>
    public static string PartyNameOf(string name, bool isCity) => isCity ? $"Đảng bộ Thành phố {name}" : $"Đảng bộ Tỉnh {name}";
}
