using System.Text.Json;
using Scoring.GrainInterfaces;
using Scoring.Silo.Years;

namespace Scoring.Silo.Tests;

/// <summary>ARCHITECTURE.md invariant 2 inside one process: a run stopped anywhere, or a unit that cannot turn, loses nothing.</summary>
public sealed class CrashRecoveryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_run_stopped_midway_and_run_again_ends_with_the_undisturbed_year()
    {
        await using var undisturbed = await SiloHarness.StartAsync();
        await undisturbed.ImportAsync(YearFolder.Write(undisturbed.Folder, "2024"), 2024);

        await using var silo = await SiloHarness.StartAsync();
        var folder = YearFolder.Write(silo.Folder, "2024");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var checkedFolder = await silo.CheckAsync(folder, 2024, Cancel);
        // Stopped midway: the four units without children are written and G1 has turned; Q1 and the city have not.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => silo.Run.DeliverAsync(
            checkedFolder,
            leaves: null,
            new InlineProgress(p =>
            {
                if (p.Delivered == 5)
                {
                    stop.Cancel();
                }
            }),
            stop.Token));
        Assert.Equal(5, await silo.ScalarAsync("select count(*) from grains"));
        Assert.Equal(0, await silo.ScalarAsync("select count(*) from grains where unit_id in ('Q1', 'HN')"));

        var again = await silo.ImportAsync(folder, 2024);

        Assert.Empty(again.Refused);
        Assert.Equal(await undisturbed.ExportAsync(2024), await silo.ExportAsync(2024));
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task A_unit_whose_stored_state_is_unreadable_stops_the_import_before_anything_is_delivered()
    {
        await using var silo = await SiloHarness.StartAsync();
        var folder = YearFolder.Write(silo.Folder, "2024");
        await silo.ImportAsync(folder, 2024);
        Assert.Equal(1, await silo.ExecuteAsync("update grains set state = '{not json' where unit_id = 'C1'"));
        var etags = await silo.ScalarAsync("select sum(etag) from grains");

        await Assert.ThrowsAnyAsync<JsonException>(() => silo.ImportAsync(folder, 2024));

        Assert.Equal(etags, await silo.ScalarAsync("select sum(etag) from grains"));
    }

    [Fact]
    public async Task A_unit_the_store_will_not_write_is_set_aside_as_dead_mail_and_delivered_by_the_next_run()
    {
        await using var undisturbed = await SiloHarness.StartAsync();
        await undisturbed.ImportAsync(YearFolder.Write(undisturbed.Folder, "2024"), 2024);
        var changed = YearFolder.Assessments.Replace("C2,false,T,T,XS,T", "C2,false,T,T,K,T", StringComparison.Ordinal);
        await undisturbed.ImportAsync(YearFolder.Write(undisturbed.Folder, "2024-changed", assessments: changed), 2024);

        await using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        var folder = YearFolder.Write(silo.Folder, "2024-changed", assessments: changed);
        await silo.ExecuteAsync("""
            create trigger c2_is_locked before update on grains when new.unit_id = 'C2'
            begin select raise(abort, 'C2 is locked by the operator'); end
            """);

        var refused = await silo.ImportAsync(folder, 2024);

        Assert.Equal(["C2"], refused.Refused.Select(u => u.Value));
        var letter = Assert.Single(await silo.Store.ListDeadMailAsync(2024, Cancel));
        Assert.Equal("C2", letter.Unit.Value);
        Assert.Contains("locked by the operator", letter.Error, StringComparison.Ordinal);
        Assert.Contains("AssessmentSubmitted", letter.Kind, StringComparison.Ordinal);
        // C2 kept its old state, so nothing above it moved.
        Assert.Equal(Level.Htxsnv, (await silo.SummaryAsync(2024, "G1")).Level);
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);

        await silo.ExecuteAsync("drop trigger c2_is_locked");
        var delivered = await silo.ImportAsync(folder, 2024);

        Assert.Empty(delivered.Refused);
        Assert.Empty(await silo.Store.ListDeadMailAsync(2024, Cancel));
        Assert.Equal(await undisturbed.ExportAsync(2024), await silo.ExportAsync(2024));
    }

    private sealed class InlineProgress(Action<DeliveryProgress> report) : IProgress<DeliveryProgress>
    {
        public void Report(DeliveryProgress value) => report(value);
    }
}
