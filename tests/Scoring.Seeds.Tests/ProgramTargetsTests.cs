namespace Scoring.Seeds.Tests;

/// <summary>Program 01-CTr/TU's verified 2016–2020 targets, shipped as data with the city's years (DOMAIN.md §7).</summary>
public sealed class ProgramTargetsTests
{
    [Fact]
    public void The_shipped_targets_are_the_verified_ones_more_than_50_percent_clean_and_strong_and_more_than_70_percent_HTTNV_plus()
    {
        var rows = ProgramTargets.Csv().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "program,code,applies_to,indicator,comparator,value,from_year,to_year",
                "01-CTr/TU,TCCSD-TSVM-50,city,grassroots_clean_strong_share,>,50,2016,2020",
                "01-CTr/TU,DANG-VIEN-HTTNV-70,city,members_httnv_plus_share,>,70,2016,2020",
            ],
            rows);
    }

    [Theory]
    [InlineData(2019, true)]
    [InlineData(2020, true)]
    [InlineData(2021, false)]
    public void Generated_city_years_of_the_program_carry_its_targets_and_later_ones_do_not(int year, bool carried)
    {
        using var folder = new TempFolder();

        SeedGenerator.WriteYears(folder.Path, 2026, SeedScale.City, [year]);

        var file = Path.Combine(folder.Path, year.ToString(System.Globalization.CultureInfo.InvariantCulture), ProgramTargets.File);
        Assert.Equal(carried, File.Exists(file));
        if (carried)
        {
            Assert.Equal(ProgramTargets.Csv(), File.ReadAllText(file));
        }
    }

    [Fact]
    public void The_sample_tree_carries_no_targets_since_the_program_is_the_city_s()
    {
        using var folder = new TempFolder();

        SeedGenerator.WriteYears(folder.Path, 2026, SeedScale.Sample, [2020]);

        Assert.False(File.Exists(Path.Combine(folder.Path, "2020", ProgramTargets.File)));
    }
}
