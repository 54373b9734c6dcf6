using Scoring.GrainInterfaces;

namespace Scoring.Silo.Tests;

/// <summary>
/// A run writes a new year's units without children itself, with their grains' own turn: it never overwrites a row
/// a grain wrote, and no activation that found no row stays to contradict the row written after it.
/// </summary>
public sealed class NewLeavesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Units_without_children_written_by_the_run_are_what_their_grains_read_and_what_their_parents_count()
    {
        await using var silo = await SiloHarness.StartAsync();

        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);

        // C1: 2 HTXSNV, 10 HTTNV, 1 HTNV, 1 not rated; graded T/T/T/T, so HTTNV.
        var c1 = await silo.SummaryAsync(2024, "C1");
        Assert.Equal(Level.Httnv, c1.Level);
        Assert.Equal(new MemberTally(2, 10, 1, 0, 1, 0), c1.Members);
        Assert.Equal(1, c1.Version);
        Assert.Equal(new LevelTally(0, 1, 0, 0, 1, 1), (await silo.SummaryAsync(2024, "G1")).Direct.Cell);
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task A_unit_without_children_whose_row_appeared_after_the_check_is_left_to_its_grain_and_nothing_is_overwritten()
    {
        await using var silo = await SiloHarness.StartAsync();
        var folder = YearFolder.Write(silo.Folder, "2024");
        // Checked while the year was new; the same folder is then delivered before this delivery writes anything.
        var checkedWhileNew = await silo.CheckAsync(folder, 2024, Cancel);
        await silo.ImportAsync(folder, 2024);
        var export = await silo.ExportAsync(2024);

        var leaves = await silo.Run.PlaceNewLeavesAsync(checkedWhileNew, progress: null, Cancel);
        var outcome = await silo.Run.DeliverAsync(checkedWhileNew, leaves, progress: null, Cancel);

        Assert.Empty(leaves.Reports);
        Assert.Equal(0, outcome.Placed);
        Assert.Equal(7, outcome.Turns);
        Assert.Empty(outcome.Refused);
        // Every row is still the one its grain wrote first.
        Assert.Equal(7, await silo.ScalarAsync("select count(*) from grains where year = 2024 and etag = 1"));
        Assert.Equal(export, await silo.ExportAsync(2024));
    }

    [Fact]
    public async Task A_grain_asked_for_a_unit_before_the_run_answers_with_the_row_the_run_then_wrote()
    {
        await using var silo = await SiloHarness.StartAsync();
        var cell = silo.Grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(2024, new UnitId("C1")));
        Assert.Null(await cell.GetSummaryAsync());

        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);

        Assert.Equal(Level.Httnv, (await cell.GetSummaryAsync())?.Level);
    }

    [Fact]
    public async Task A_correction_for_a_unit_the_year_does_not_have_leaves_no_activation_behind()
    {
        await using var silo = await SiloHarness.StartAsync();
        var cell = silo.Grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(2024, new UnitId("C1")));
        await Assert.ThrowsAsync<UnitRefusedException>(() => cell.CorrectAsync([new MembersSubmitted(new MemberTally(1, 1, 0, 0, 0, 0))]));

        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);

        Assert.Equal(new MemberTally(2, 10, 1, 0, 1, 0), (await cell.GetSummaryAsync())?.Members);
    }
}
