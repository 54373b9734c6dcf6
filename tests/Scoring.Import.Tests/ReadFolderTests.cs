using System.Text;
using Scoring.GrainInterfaces;
using static Scoring.Import.Tests.YearFiles;

namespace Scoring.Import.Tests;

public sealed class ReadFolderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("scoring-import-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_folder_with_all_three_files_imports_them_even_with_a_byte_order_mark()
    {
        Write("units.csv", Units);
        Write("assessments.csv", Csv(ScoreHeader, "PX-1,true,,,,,,,,,,,,"));
        Write("members.csv", Members);

        var import = AssertImported(YearImporter.ReadFolder(_folder.FullName, 2025));

        Assert.Equal(5, import.Units.Count);
        Assert.True(import.Assessments[new UnitId("PX-1")].NotRated);
        Assert.Equal(new MemberTally(0, 8, 4, 0, 0, 0), import.Members[new UnitId("PX-2")]);
    }

    [Fact]
    public void Reading_a_folder_reports_the_bytes_read_of_all_its_files_up_to_their_sum()
    {
        Write("units.csv", Units);
        Write("assessments.csv", Csv(ScoreHeader, "PX-1,true,,,,,,,,,,,,"));
        Write("members.csv", Members);
        Write("decisions.csv", Csv(DecisionsHeader, "PX-1,HTTNV,,false"));
        var bytes = _folder.GetFiles().Sum(file => file.Length);
        var reports = new System.Collections.Concurrent.ConcurrentQueue<ReadProgress>();

        var import = AssertImported(YearImporter.ReadFolder(_folder.FullName, 2025, new SynchronousProgress(reports.Enqueue)));

        Assert.Single(import.Decisions!);
        Assert.All(reports, report => Assert.Equal(bytes, report.Bytes));
        Assert.Equal(bytes, reports.Max(report => report.BytesRead));
        Assert.Equal(reports.Count, reports.Select(report => report.BytesRead).Distinct().Count());
    }

    [Fact]
    public void A_folder_of_files_without_a_byte_order_mark_and_with_CRLF_line_ends_imports_them()
    {
        Write("units.csv", Units.Replace("\n", "\r\n", StringComparison.Ordinal), withByteOrderMark: false);
        Write("members.csv", Members.Replace("\n", "\r\n", StringComparison.Ordinal), withByteOrderMark: false);

        var import = AssertImported(YearImporter.ReadFolder(_folder.FullName, 2025));

        Assert.Equal("Hà Nội", import.Units[0].Name);
        Assert.Equal(new MemberTally(3, 10, 5, 1, 2, 1), import.Members[new UnitId("PX-1")]);
    }

    [Fact]
    public void An_error_in_a_file_with_a_byte_order_mark_names_the_line_as_an_editor_counts_it()
    {
        Write("units.csv", UnitsWith("PX-3,NOPE,cell,Lost"));

        AssertOnlyError(YearImporter.ReadFolder(_folder.FullName, 2025), "units.csv", 7, "parent_id", "no unit 'NOPE'");
    }

    [Fact]
    public void A_folder_with_only_units_csv_imports_the_tree_with_no_assessments_or_members()
    {
        Write("units.csv", Units);

        var import = AssertImported(YearImporter.ReadFolder(_folder.FullName, 2025));

        Assert.Equal(5, import.Units.Count);
        Assert.Empty(import.Assessments);
        Assert.Empty(import.Members);
    }

    [Fact]
    public void A_folder_without_units_csv_is_an_error_about_the_whole_file()
    {
        Write("members.csv", Members);

        AssertOnlyError(YearImporter.ReadFolder(_folder.FullName, 2025), "units.csv", 0, null, "has no units.csv");
    }

    [Fact]
    public void A_missing_folder_is_an_error_about_the_whole_import() =>
        AssertOnlyError(YearImporter.ReadFolder(Path.Combine(_folder.FullName, "2031"), 2031), "units.csv", 0, null, "does not exist");

    private void Write(string file, string text, bool withByteOrderMark = true) =>
        File.WriteAllText(Path.Combine(_folder.FullName, file), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: withByteOrderMark));

    private sealed class SynchronousProgress(Action<ReadProgress> report) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => report(value);
    }
}
