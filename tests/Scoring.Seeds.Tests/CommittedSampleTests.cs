namespace Scoring.Seeds.Tests;

/// <summary>seeds/sample is exactly what the generator writes for seed 2026 at sample scale, so it can be regenerated.</summary>
public sealed class CommittedSampleTests
{
    private static readonly string Sample = Path.Combine(RepositoryRoot.Path, "seeds", "sample");

    [Fact]
    public void The_committed_sample_holds_the_years_2019_to_2024()
    {
        var years = Directory.GetDirectories(Sample).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(["2019", "2020", "2021", "2022", "2023", "2024"], years);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    public void The_committed_sample_is_what_the_generator_writes_for_seed_2026(int year)
    {
        using var folder = new TempFolder();
        SeedGenerator.WriteYear(folder.Path, Generated.Seed, SeedScale.Sample, year);

        var committed = Path.Combine(Sample, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["assessments.csv", "members.csv", "units.csv"], Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in Directory.GetFiles(folder.Path))
        {
            Assert.True(
                File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(committed, Path.GetFileName(file)))),
                $"seeds/sample/{year}/{Path.GetFileName(file)} differs from the generator's output; regenerate it (seeds/README.md).");
        }
    }
}
