using System.Collections.Concurrent;

namespace Scoring.Seeds.Tests;

/// <summary>Generated years shared by the test classes: a city-scale year takes a fraction of a second to make.</summary>
internal static class Generated
{
    public const int Seed = 2026;

    private static readonly ConcurrentDictionary<(int Seed, SeedScale Scale, int Year), Lazy<SeedYear>> Years = new();

    public static SeedYear Year(SeedScale scale, int year, int seed = Seed) =>
        Years.GetOrAdd((seed, scale, year), key => new Lazy<SeedYear>(() => SeedGenerator.Generate(key.Seed, key.Scale, key.Year))).Value;
}
