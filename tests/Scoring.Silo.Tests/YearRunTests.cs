using Scoring.GrainInterfaces;
using Scoring.Silo.Years;

namespace Scoring.Silo.Tests;

public sealed class YearRunTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_year_run_rolls_the_levels_up_to_the_city()
    {
        await using var silo = await SiloHarness.StartAsync();
        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        Assert.True(outcome.Succeeded);

        // G2's one KHTNV member of 24 stops 100% HTNV+, so G2 falls to HTNV; Q1 then has 1 of 2 children HTTNV+.
        Assert.Equal(Level.Htnv, (await silo.SummaryAsync(2024, "G2")).Level);
        Assert.Equal(Level.Httnv, (await silo.SummaryAsync(2024, "Q1")).Level);
        var city = await silo.SummaryAsync(2024, "HN");
        Assert.Equal(Level.Htxsnv, city.Level);
        Assert.Equal(new LevelTally(0, 0, 0, 0, 1, 0), city.Subtree.Upper);
        Assert.Equal(new LevelTally(0, 0, 0, 1, 0, 1), city.Subtree.Grassroots);
        Assert.Equal(new LevelTally(0, 1, 0, 0, 1, 1), city.Subtree.Cell);
        Assert.Equal(new MemberTally(6, 42, 3, 1, 1, 1), city.Members);
        Assert.Equal(new LevelTally(0, 0, 0, 0, 1, 0), city.Direct.Upper);
    }

    [Fact]
    public async Task A_new_year_writes_its_units_without_children_itself_and_turns_every_other_unit_once()
    {
        await using var silo = await SiloHarness.StartAsync();

        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);

        Assert.Equal(4, outcome.Placed);
        Assert.Equal(3, outcome.Turns);
        Assert.Equal(7, outcome.Changed.Count);
        // Each grain was written once: its version moved from nothing to 1.
        Assert.Equal(7, await silo.ScalarAsync("select count(*) from grains where year = 2024 and version = 1 and etag = 1"));
    }

    [Fact]
    public async Task Reconcile_holds_after_a_run()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);

        var report = await silo.Reconciler.ReconcileAsync(2024, Cancel);

        Assert.NotNull(report);
        Assert.True(report.Holds, report.Difference);
        Assert.Equal(7, report.UnitsChecked);
    }

    [Fact]
    public async Task Reconcile_names_the_unit_whose_kept_child_report_was_corrupted()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        // G1 keeps C1's report first; C1 itself has one HTTNV cell in no subtree, so 7 is wrong twice over.
        Assert.Equal(1, await silo.ExecuteAsync(
            "update grains set state = json_set(state, '$.children[0].subtree.cell.HTTNV', 7) where unit_id = 'G1'"));

        var report = await silo.Reconciler.ReconcileAsync(2024, Cancel);

        Assert.NotNull(report);
        Assert.False(report.Holds);
        Assert.Equal(new UnitId("G1"), report.FirstMismatch);
        Assert.Equal("stored, recomputed: subtree.cell.HTTNV: 8, 1", report.Difference);
    }

    [Fact]
    public async Task Reconcile_of_a_year_that_was_never_imported_has_no_report()
    {
        await using var silo = await SiloHarness.StartAsync();

        Assert.Null(await silo.Reconciler.ReconcileAsync(2024, Cancel));
    }

    [Fact]
    public async Task Reimporting_the_same_files_changes_nothing()
    {
        await using var silo = await SiloHarness.StartAsync();
        var folder = YearFolder.Write(silo.Folder, "2024");
        await silo.ImportAsync(folder, 2024);
        var before = await silo.ExportAsync(2024);
        var versionBefore = (await silo.SummaryAsync(2024, "HN")).Version;

        var again = await silo.ImportAsync(folder, 2024);

        Assert.True(again.Succeeded);
        Assert.False(again.TreeCreated);
        Assert.Equal(0, again.AssessmentsChanged + again.MemberTalliesChanged + again.Withdrawn + again.Renamed);
        Assert.Empty(again.Changed);
        // Every grain already holds the folder: nothing travels at all.
        Assert.Equal(0, again.Turns);
        Assert.Equal(before, await silo.ExportAsync(2024));
        Assert.Equal(versionBefore, (await silo.SummaryAsync(2024, "HN")).Version);
        Assert.Equal(7, await silo.ScalarAsync("select count(*) from grains where year = 2024 and etag = 1"));
    }

    [Fact]
    public async Task A_run_lists_exactly_the_units_whose_final_level_changed_highest_first_with_their_old_and_new_levels()
    {
        await using var silo = await SiloHarness.StartAsync();
        var first = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        string[] ids = ["HN", "Q1", "G1", "G2", "C1", "C2"];
        var before = new Dictionary<string, Level>();
        foreach (var id in ids)
        {
            before[id] = (await silo.SummaryAsync(2024, id)).Level;
        }

        var changed = YearFolder.Assessments.Replace("C2,false,T,T,XS,T", "C2,false,T,T,K,T", StringComparison.Ordinal);
        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-changed", assessments: changed), 2024);

        var expected = new List<string>();
        foreach (var id in ids)
        {
            var after = (await silo.SummaryAsync(2024, id)).Level;
            if (after != before[id])
            {
                expected.Add($"{id}: {before[id]} → {after}");
            }
        }

        Assert.Empty(first.LevelsChanged);
        // C2 fails, which takes G1 (one of two cells KHTNV), Q1 and the city down with it; G2 and C1 keep theirs.
        Assert.Equal(["HN: Htxsnv → Khtnv", "Q1: Httnv → Khtnv", "G1: Htxsnv → Khtnv", "C2: Htxsnv → Khtnv"], expected);
        Assert.Equal(expected, outcome.LevelsChanged.Select(c => $"{c.Unit}: {c.Before} → {c.After}"));
        Assert.Equal(outcome.LevelsChanged.OrderBy(c => c.Depth).Select(c => c.Depth), outcome.LevelsChanged.Select(c => c.Depth));
    }

    [Fact]
    public async Task The_same_folder_again_changes_no_level()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);

        var again = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-again"), 2024);

        Assert.Empty(again.LevelsChanged);
    }

    [Fact]
    public async Task A_changed_assessment_travels_up_to_the_city()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);

        var changed = YearFolder.Assessments.Replace("C2,false,T,T,XS,T", "C2,false,T,T,K,T", StringComparison.Ordinal);
        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-changed", assessments: changed), 2024);

        Assert.Equal(1, outcome.AssessmentsChanged);
        // Only the changed row and the units above it are called; a stored unit is never written by the run itself.
        Assert.Equal(4, outcome.Turns);
        Assert.Equal(0, outcome.Placed);
        Assert.Equal(["C2", "G1", "Q1", "HN"], outcome.Changed.Select(u => u.Value));
        var city = await silo.SummaryAsync(2024, "HN");
        Assert.Equal(new LevelTally(0, 1, 1, 0, 1, 0), city.Subtree.Cell);
        // One of G1's two rated cells is KHTNV: more than 20%, so G1 is KHTNV too.
        Assert.Equal(Level.Khtnv, (await silo.SummaryAsync(2024, "G1")).Level);
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task A_file_with_a_bad_row_imports_nothing()
    {
        await using var silo = await SiloHarness.StartAsync();
        var bad = YearFolder.Members.Replace("C2,3,12,0,0,0,0", "C2,3,12,0,0,0,5", StringComparison.Ordinal);

        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024", members: bad), 2024);

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal("members.csv", error.File);
        Assert.Equal(3, error.Line);
        Assert.Empty(await silo.Store.ListYearsAsync(Cancel));
        Assert.Empty((await silo.Store.ReadYearAsync(2024, Cancel)).Organizations);
    }

    [Fact]
    public async Task A_changed_tree_for_an_imported_year_is_delivered_and_the_moved_unit_takes_its_new_place()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        var moved = YearFolder.Units.Replace("C3,G1,cell,Chi bộ 3", "C3,HN,upper,Quận 3", StringComparison.Ordinal);

        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-moved", units: moved), 2024);

        Assert.True(outcome.Succeeded);
        Assert.Equal(new TreeChanges(1, 1, 0, 0), outcome.Tree);
        var c3 = await silo.SummaryAsync(2024, "C3");
        Assert.Equal((UnitKind.Upper, new UnitId("HN"), 1, "Quận 3"), (c3.Kind, c3.Parent, c3.Depth, c3.Name));
        var city = await silo.SummaryAsync(2024, "HN");
        Assert.Equal((2, 2), (city.Direct.Upper.Total, city.Subtree.Cell.Total));
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task Years_are_kept_apart_in_one_store()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        var grades2023 = YearFolder.Assessments.Replace("G2,false,T,T,XS,T,false,0,false,80", "G2,false,T,T,T,T,false,0,false,40", StringComparison.Ordinal);
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2023", assessments: grades2023), 2023);

        Assert.Equal([2023, 2024], await silo.Store.ListYearsAsync(Cancel));
        Assert.Equal(Level.Khtnv, (await silo.SummaryAsync(2023, "G2")).Level);
        Assert.Equal(Level.Htnv, (await silo.SummaryAsync(2024, "G2")).Level);
    }
}
