namespace Scoring.Seeds;

/// <summary>
/// One of the 63 provinces and centrally-run cities before the 2025 reorganization. <see cref="Members"/> is a
/// rough size (thousands of members, before scaling to the national total); <see cref="Districts"/> its
/// district-level committees, to which a few sector blocs are added.
/// </summary>
internal sealed record Province(string Code, string Name, bool IsCity, int Members, int Districts, ProvinceProfile Profile)
{
    public string PartyName => IsCity ? $"Đảng bộ Thành phố {Name}" : $"Đảng bộ Tỉnh {Name}";
}
