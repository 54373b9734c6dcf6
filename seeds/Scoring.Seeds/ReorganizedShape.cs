namespace Scoring.Seeds;

/// <summary>
/// The counts of a city's tree from July 2025: the merged ward and commune organizations, and the sector
/// committees of each sector (enterprises, agencies, education, health) in <see cref="Sectors"/>.
/// </summary>
internal sealed record ReorganizedShape(int Wards, int Communes, int[] Sectors)
{
    public int SectorsOf(int sector) => Sectors[sector];

    public static ReorganizedShape Of(SeedScale scale) => scale switch
    {
        SeedScale.Sample => new(1, 1, [1, 1, 1, 1]),
        // Hanoi: 51 wards and 75 communes, and 10 sector committees.
        SeedScale.City => new(51, 75, [4, 3, 2, 1]),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };
}
