using Scoring.GrainInterfaces;

namespace Scoring.Silo.Tests;

/// <summary>A year's folder imported again: it is the whole truth about the year's inputs.</summary>
public sealed class ReimportTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_row_removed_from_the_file_withdraws_that_input_and_the_unit_is_pending_again()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        var withoutC2 = YearFolder.Assessments.Replace("C2,false,T,T,XS,T,false,0,false,90\n", string.Empty, StringComparison.Ordinal);

        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-again", assessments: withoutC2), 2024);

        Assert.Equal(1, outcome.Withdrawn);
        Assert.Equal(0, outcome.AssessmentsChanged);
        Assert.Equal(Level.Pending, (await silo.SummaryAsync(2024, "C2")).Level);
        // G1 keeps C1 (HTTNV) as its only rated cell: 100% HTTNV+, so HTXSNV stays, now marked provisional.
        var g1 = await silo.SummaryAsync(2024, "G1");
        Assert.Equal(Level.Htxsnv, g1.Level);
        Assert.Equal("CHILDREN_PENDING", g1.Reasons[^1].Code);
        Assert.Equal(new LevelTally(1, 1, 0, 0, 1, 0), (await silo.SummaryAsync(2024, "HN")).Subtree.Cell);
    }

    [Fact]
    public async Task A_renamed_unit_takes_its_new_name_and_nothing_else_changes()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        var before = await silo.SummaryAsync(2024, "G2");
        var renamed = YearFolder.Units.Replace("Chi bộ cơ sở B", "Chi bộ cơ sở Bách Khoa", StringComparison.Ordinal);

        var outcome = await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-renamed", units: renamed), 2024);

        Assert.Equal(1, outcome.Renamed);
        Assert.Equal(["G2"], outcome.Changed.Select(u => u.Value));
        var after = await silo.SummaryAsync(2024, "G2");
        Assert.Equal("Chi bộ cơ sở Bách Khoa", after.Name);
        Assert.Equal(["tree: (Q1, Grassroots, Chi bộ cơ sở Bách Khoa, 2), (Q1, Grassroots, Chi bộ cơ sở B, 2)"], after.Differences(before));
        Assert.Equal(before.Version + 1, after.Version);
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task A_unit_whose_stored_row_was_lost_is_rebuilt_above_the_version_its_parent_holds_and_its_new_level_reaches_the_root()
    {
        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        // C2 changes twice, so G1 holds C2's report at version 3.
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-b", assessments: WithC2("C2,false,T,T,T,T,false,0,false,90")), 2024);
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-c", assessments: WithC2("C2,false,T,T,XS,T,false,0,false,90")), 2024);
        Assert.Equal(1, await silo.ExecuteAsync("delete from grains where unit_id = 'C2'"));

        // Rebuilt from the folder, with grades that make it HTNV.
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024-d", assessments: WithC2("C2,false,T,T,TB,T,false,0,false,90")), 2024);

        var c2 = await silo.SummaryAsync(2024, "C2");
        Assert.Equal(Level.Htnv, c2.Level);
        Assert.True(c2.Version > 3, $"C2 is at version {c2.Version}");
        Assert.Equal(1, (await silo.SummaryAsync(2024, "HN")).Subtree.Cell.Htnv);
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    private static string WithC2(string row) =>
        YearFolder.Assessments.Replace("C2,false,T,T,XS,T,false,0,false,90", row, StringComparison.Ordinal);
}
