using System.Text;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Seeds.Tests;

/// <summary>The written files follow the import contract of DOMAIN.md §8.</summary>
public sealed class CsvFormatTests
{
    [Theory]
    [InlineData(2016, "unit_id,not_rated,score,disunity,corruption_disciplined")]
    [InlineData(2019, "unit_id,not_rated,politics,organization,tasks,oversight,leadership_disciplined,disunity,targets_met_percent")]
    [InlineData(2023, "unit_id,not_rated,politics,organization,tasks,oversight,leadership_disciplined,affiliates_disciplined,disunity,targets_met_percent")]
    [InlineData(2025, "unit_id,not_rated,score,common_score,task_score,tasks_total,tasks_on_time,tasks_exceeded,tasks_late,tasks_unfinished,leadership_disciplined,affiliates_disciplined,disunity,targets_met_percent")]
    public void Assessments_have_only_the_columns_the_years_regime_reads(int year, string header)
    {
        var text = SeedCsv.Assessments(Generated.Year(SeedScale.Sample, year));

        Assert.Equal(header, text[..text.IndexOf('\n', StringComparison.Ordinal)]);
        Assert.Superset(RuleSets.ForYear(year).RequiredColumns.ToHashSet(), header.Split(',').ToHashSet());
    }

    [Fact]
    public void Files_are_utf8_without_a_byte_order_mark_with_newline_line_ends()
    {
        using var folder = new TempFolder();
        SeedGenerator.WriteYear(folder.Path, Generated.Seed, SeedScale.Sample, 2024);

        foreach (var file in Directory.GetFiles(folder.Path))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{file} has no BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }

        Assert.Contains("Đảng bộ Thành phố Hà Nội", File.ReadAllText(Path.Combine(folder.Path, "units.csv"), new UTF8Encoding(false, true)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Fields_are_written_with_invariant_numbers_and_lower_case_booleans(int year)
    {
        var rows = SeedCsv.Assessments(Generated.Year(SeedScale.City, year)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        var fields = rows.Skip(1).Select(r => r.Split(',')).ToArray();

        Assert.All(fields, f => Assert.Equal(header.Length, f.Length));
        foreach (var column in new[] { "not_rated", "leadership_disciplined", "disunity" })
        {
            var at = Array.IndexOf(header, column);
            Assert.All(fields, f => Assert.Matches("^(true|false)?$", f[at]));
        }

        var targets = Array.IndexOf(header, "targets_met_percent");
        Assert.Contains(fields, f => f[targets].Contains('.', StringComparison.Ordinal));
        Assert.All(fields, f => Assert.Matches(@"^(\d{1,3}(\.\d{1,2})?)?$", f[targets]));
    }

    [Fact]
    public void Not_rated_rows_leave_every_other_field_empty()
    {
        var rows = SeedCsv.Assessments(Generated.Year(SeedScale.City, 2024)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var notRated = rows.Where(r => r.Split(',')[1] == "true").ToArray();

        Assert.NotEmpty(notRated);
        Assert.All(notRated, r => Assert.All(r.Split(',').Skip(2), f => Assert.Equal("", f)));
    }

    [Fact]
    public void A_field_is_quoted_only_when_it_holds_a_comma_or_a_quote()
    {
        var year = new SeedYear(2024, "R2023", ["unit_id", "not_rated"],
            [
                new UnitRecord(new UnitId("HN"), null, UnitKind.City, "Đảng bộ Thành phố"),
                new UnitRecord(new UnitId("HN-Q01"), new UnitId("HN"), UnitKind.Upper, "Khối \"A\", B"),
            ],
            [], []);

        Assert.Equal(
            "id,parent_id,kind,name\nHN,,city,Đảng bộ Thành phố\nHN-Q01,HN,upper,\"Khối \"\"A\"\", B\"\n",
            SeedCsv.Units(year));
    }

    [Fact]
    public void Years_before_the_supported_regimes_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedGenerator.Generate(Generated.Seed, SeedScale.Sample, 2013));

    [Fact]
    public void An_R2014_year_writes_scores_and_both_flags_as_the_import_reads_them()
    {
        var rows = SeedCsv.Assessments(Generated.Year(SeedScale.City, 2016)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fields = rows.Skip(1).Select(r => r.Split(',')).Where(f => f[1] == "false").ToArray();

        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Matches(@"^\d{1,3}(\.5)?$", f[2]));
        Assert.All(fields, f => Assert.Matches("^(true|false)$", f[3]));
        Assert.All(fields, f => Assert.Matches("^(true|false)$", f[4]));
        Assert.Contains(fields, f => f[3] == "true");
        Assert.Contains(fields, f => f[4] == "true");
    }
}
