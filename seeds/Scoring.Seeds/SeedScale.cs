namespace Scoring.Seeds;

/// <summary>How large a generated tree is.</summary>
public enum SeedScale
{
    /// <summary>1 city, 3 upper, 12 grassroots (2 of them chi bộ cơ sở), 50 cells, about 2,500 members.</summary>
    Sample,

    /// <summary>Hanoi 2020 (DOMAIN.md §1): 1 city, 50 upper, 2,310 grassroots, 17,118 cells, about 450,000 members.</summary>
    City,

    /// <summary>
    /// The whole country: about 350,000 units, 54,000 grassroots organizations and 5.5 million members under 63
    /// provinces before 2025 (with their districts) and 34 from 2025 (merged, no districts). Hanoi is the largest.
    /// </summary>
    National,
}
