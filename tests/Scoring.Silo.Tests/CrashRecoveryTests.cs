using Scoring.Silo.Storage;
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

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        // The silo is stopped while its second turn runs.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => silo.Store.RunTurnBatchAsync(
            500,
            null,
            (state, mail) =>
            {
                if (++turns == 2)
                {
                    stop.Cancel();
                    stop.Token.ThrowIfCancellationRequested();
                }

                return grain.Turn(state, mail);
            },
            stop.Token));

        Assert.Equal(mailBefore, await silo.Store.CountMailAsync(2024, Cancel));
        Assert.All((await silo.Store.ReadYearAsync(2024, Cancel)).States, state => Assert.Equal(0, state.Version));
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
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        // The silo is stopped after the first turn of its third batch.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => silo.Store.RunTurnBatchAsync(
            2,
            null,
            (state, mail) =>
            {
                var result = grain.Turn(state, mail);
                stop.Cancel();
                return result;
            },
            stop.Token));

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

    [Fact]
    public async Task A_grain_whose_stored_state_is_not_its_own_fails_the_batch_and_keeps_its_mail()
    {
        using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        Assert.Equal(1, await silo.ExecuteAsync("update grains set state = replace(state, '\"unit\":\"C1\"', '\"unit\":\"C9\"') where unit_id = 'C1'"));
        var mail = await silo.Store.CountMailAsync(2024, Cancel);

        var fault = await Assert.ThrowsAsync<GrainFaultException>(() => silo.DrainAsync());

        Assert.Equal("C1", fault.Unit);
        Assert.Equal(mail, await silo.Store.CountMailAsync(2024, Cancel));
        Assert.Equal(0, await silo.Store.CountDeadMailAsync(2024, Cancel));
    }

    [Fact]
    public async Task A_message_with_a_null_where_none_is_allowed_is_dead_mail_and_the_rest_is_delivered()
    {
        using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        await silo.ExecuteAsync("""
            insert into mail (year, unit_id, depth, kind, message) values
            (2024, 'G1', 2, 'child-report', '{"type":"child-report","report":{"child":"C1","kind":"cell","version":9,"level":"HTTNV","subtree":null,"members":null}}')
            """);

        var drained = await silo.DrainAsync();

        Assert.Equal(1, drained.MailRejected);
        Assert.Equal(Level.Htxsnv, (await silo.SummaryAsync(2024, "G1")).Level);
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }

    [Fact]
    public async Task Dead_mail_lists_its_errors_and_goes_back_to_the_units_that_exist_when_requeued()
    {
        using var silo = await SiloHarness.StartAsync();
        await silo.ImportAsync(YearFolder.Write(silo.Folder, "2024"), 2024);
        await silo.ExecuteAsync("""
            insert into mail (year, unit_id, depth, kind, message) values
            (2024, 'G1', 2, 'child-report', '{"type":"child-report","report":{"child":"X9","kind":"cell","version":1,"level":"HTTNV","subtree":{},"members":{}}}'),
            (2024, 'NOWHERE', 3, 'assessment', '{"type":"assessment","assessment":{"notRated":true}}')
            """);
        await silo.DrainAsync();

        var letters = await silo.Store.ListDeadMailAsync(2024, Cancel);
        var requeued = await silo.Store.RequeueDeadMailAsync(2024, Cancel);

        Assert.Equal(["G1", "NOWHERE"], letters.Select(l => l.Unit.Value).Order(StringComparer.Ordinal));
        Assert.Contains("X9", letters.Single(l => l.Unit.Value == "G1").Error, StringComparison.Ordinal);
        Assert.Contains("no grain", letters.Single(l => l.Unit.Value == "NOWHERE").Error, StringComparison.Ordinal);
        // The report for G1 goes back to G1's mailbox; the unit NOWHERE has none, so its mail stays dead.
        Assert.Equal(1, requeued);
        Assert.Equal(1, await silo.Store.CountMailAsync(2024, Cancel));
        Assert.Equal("NOWHERE", Assert.Single(await silo.Store.ListDeadMailAsync(2024, Cancel)).Unit.Value);

        var again = await silo.DrainAsync();

        // Nothing was fixed, so G1 refuses the stranger's report again, and the rest stands.
        Assert.Equal(1, again.MailRejected);
        Assert.Equal(2, await silo.Store.CountDeadMailAsync(2024, Cancel));
        Assert.True((await silo.Reconciler.ReconcileAsync(2024, Cancel))!.Holds);
    }
}
