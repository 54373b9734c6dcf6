namespace Scoring.Seeds.Tests;

public sealed class DeterminismTests
{
    private static readonly string[] Files = ["units.csv", "assessments.csv", "members.csv"];

    [Theory]
    [InlineData(SeedScale.Sample, 2016)]
    [InlineData(SeedScale.Sample, 2019)]
    [InlineData(SeedScale.Sample, 2023)]
    [InlineData(SeedScale.Sample, 2025)]
    [InlineData(SeedScale.City, 2024)]
    public void The_same_seed_writes_byte_identical_files(SeedScale scale, int year)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        SeedGenerator.WriteYear(first.Path, Generated.Seed, scale, year);
        SeedGenerator.WriteYear(second.Path, Generated.Seed, scale, year);

        foreach (var file in Files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }
    }

    [Fact]
    public void A_different_seed_writes_different_files()
    {
        var one = Generated.Year(SeedScale.Sample, 2024);
        var other = Generated.Year(SeedScale.Sample, 2024, seed: Generated.Seed + 1);

        Assert.NotEqual(SeedCsv.Units(one), SeedCsv.Units(other));
        Assert.NotEqual(SeedCsv.Assessments(one), SeedCsv.Assessments(other));
        Assert.NotEqual(SeedCsv.Members(one), SeedCsv.Members(other));
    }

    [Theory]
    [InlineData(SeedScale.Sample)]
    [InlineData(SeedScale.City)]
    public void Every_year_before_2025_has_the_same_units_and_member_counts_so_years_compare(SeedScale scale)
    {
        var first = Generated.Year(scale, 2019);
        var firstMembers = first.Members.Select(m => (m.Unit, m.Members.Total)).ToArray();

        foreach (var year in new[] { 2016, 2020, 2023, 2024 })
        {
            var other = Generated.Year(scale, year);
            Assert.Equal(first.Units, other.Units);
            Assert.Equal(firstMembers, other.Members.Select(m => (m.Unit, m.Members.Total)));
        }
    }

    [Fact]
    public void Each_year_gets_its_own_inputs()
    {
        var assessments = Enumerable.Range(2019, 6)
            .Select(year => SeedCsv.Assessments(Generated.Year(SeedScale.Sample, year)))
            .ToArray();

        Assert.Equal(assessments.Length, assessments.Distinct().Count());
    }

    [Fact]
    public void Writing_years_puts_each_in_its_own_folder_and_reports_it()
    {
        using var root = new TempFolder();
        var reported = new List<int>();

        SeedGenerator.WriteYears(root.Path, Generated.Seed, SeedScale.Sample, [2024, 2025], new Recorder(reported));

        Assert.Equal([2024, 2025], reported);
        foreach (var year in new[] { "2024", "2025" })
        {
            Assert.All(Files, file => Assert.True(File.Exists(Path.Combine(root.Path, year, file)), $"{year}/{file}"));
        }
    }

    [Fact]
    public void Writing_a_year_before_the_supported_regimes_writes_nothing()
    {
        using var root = new TempFolder();

        Assert.Throws<ArgumentOutOfRangeException>(
            () => SeedGenerator.WriteYears(root.Path, Generated.Seed, SeedScale.Sample, [2024, 2013]));

        Assert.Empty(Directory.EnumerateFileSystemEntries(root.Path));
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the order can be asserted.</summary>
    private sealed class Recorder(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}
