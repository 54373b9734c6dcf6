namespace Scoring.Seeds.Tests;

/// <summary>The generated years the row-level tests run over: every regime (R2014 from 2014 to 2017) at every scale, and the national tree before and after 2025.</summary>
public static class Years
{
    public static TheoryData<SeedScale, int> Checked { get; } = new()
    {
        { SeedScale.Sample, 2014 },
        { SeedScale.Sample, 2016 },
        { SeedScale.Sample, 2017 },
        { SeedScale.Sample, 2019 },
        { SeedScale.Sample, 2020 },
        { SeedScale.Sample, 2021 },
        { SeedScale.Sample, 2022 },
        { SeedScale.Sample, 2023 },
        { SeedScale.Sample, 2024 },
        { SeedScale.Sample, 2025 },
        { SeedScale.City, 2016 },
        { SeedScale.City, 2019 },
        { SeedScale.City, 2024 },
        { SeedScale.City, 2025 },
        { SeedScale.National, 2024 },
        { SeedScale.National, 2025 },
    };
}
