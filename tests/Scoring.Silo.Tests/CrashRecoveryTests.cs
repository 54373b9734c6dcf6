using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;

namespace Scoring.Silo.Tests;

public sealed class CrashRecoveryTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_batch_that_fails_midway_is_rolled_back_and_its_mail_delivered_again()
    {
        using var undisturbed = await SiloHarness.StartAsync();
        await undisturbed.ImportAsync(YearFolder.Write(undisturbed.Folder, "2024"), 2024);
        await undisturbed.DrainAsync();

        using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        var mailBefore = await silo.Store.CountMailAsync(2024, Cancel);
        var grain = new OrganizationGrain(RuleSets.R2023);
        var turns = 0;

        await Assert.ThrowsAsync<IOException>(() => silo.Store.RunTurnBatchAsync(
            500,
            null,
            (state, mail) => ++turns < 2 ? grain.Turn(state, mail) : throw new IOException("The silo lost its disk mid-batch."),
            Cancel));

        Assert.Equal(mailBefore, await silo.Store.CountMailAsync(2024, Cancel));
        Assert.All(await silo.Store.LoadStatesAsync(2024, Cancel), state => Assert.Equal(0, state.Version));
        Assert.Equal(Level.Pending, (await silo.SummaryAsync(2024, "C1")).Level);

        await silo.DrainAsync();

        Assert.Equal(await undisturbed.ExportAsync(2024), await silo.ExportAsync(2024));
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task A_failure_after_some_batches_committed_loses_no_mail()
    {
        using var undisturbed = await SiloHarness.StartAsync(batchSize: 2);
        await undisturbed.ImportAsync(YearFolder.Write(undisturbed.Folder, "2024"), 2024);
        await undisturbed.DrainAsync();

        using var silo = await SiloHarness.StartAsync(batchSize: 2);
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        var grain = new OrganizationGrain(RuleSets.R2023);
        await silo.Store.RunTurnBatchAsync(2, null, grain.Turn, Cancel);
        await silo.Store.RunTurnBatchAsync(2, null, grain.Turn, Cancel);
        await Assert.ThrowsAsync<IOException>(() => silo.Store.RunTurnBatchAsync(
            2, null, (_, _) => throw new IOException("The silo lost its disk mid-batch."), Cancel));

        await silo.DrainAsync();

        Assert.Equal(await undisturbed.ExportAsync(2024), await silo.ExportAsync(2024));
        Assert.Equal(0, await silo.Store.CountMailAsync(2024, Cancel));
    }

    [Fact]
    public async Task A_message_no_grain_can_take_is_set_aside_as_dead_mail_and_the_year_goes_on()
    {
        using var undisturbed = await SiloHarness.StartAsync();
        await undisturbed.ImportAsync(YearFolder.Write(undisturbed.Folder, "2024"), 2024);
        await undisturbed.DrainAsync();

        using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        // A report from a unit that is not C1's child, and mail for a unit the year does not have.
        await silo.ExecuteAsync("""
            insert into mail (year, unit_id, depth, kind, message) values
            (2024, 'C1', 3, 'child-report', '{"type":"child-report","report":{"child":"X9","kind":"cell","version":1,"level":"HTTNV","score":null,"subtree":null,"members":null}}'),
            (2024, 'NOWHERE', 3, 'assessment', '{"type":"assessment","assessment":{"notRated":true}}')
            """);

        var drained = await silo.DrainAsync();

        Assert.Equal(2, drained.MailRejected);
        Assert.Equal(2, await silo.Store.CountDeadMailAsync(2024, Cancel));
        Assert.Equal(0, await silo.Store.CountMailAsync(2024, Cancel));
        // Only the two bad messages were set aside: C1 took its own inputs, and the year ends as if they never came.
        Assert.Equal(await undisturbed.ExportAsync(2024), await silo.ExportAsync(2024));
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }
}
