using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Silo.Storage;
using Scoring.Silo.Storage.Postgres;

namespace Scoring.Silo.Tests;

/// <summary>The PostgreSQL store against a real server: migrations, batched writes with their etag checks, snapshots.</summary>
public sealed class PostgresStoreTests(PostgresServer server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_creates_the_database_and_running_it_again_changes_nothing()
    {
        await using var store = new PostgresScoringStore(server.NewDatabase("migrate"));
        Assert.False(await store.ExistsAsync(Cancel));

        await store.MigrateAsync(Cancel);
        await store.MigrateAsync(Cancel);

        Assert.True(await store.ExistsAsync(Cancel));
        Assert.Empty(await store.ListYearsAsync(Cancel));
    }

    [Fact]
    public async Task A_batch_writes_each_row_that_still_has_the_etag_it_read_and_refuses_the_others_alone()
    {
        await using var store = await MigratedAsync();
        var first = await store.WriteOrganizationsAsync([new OrganizationWrite(State("C1"), null), new OrganizationWrite(State("C2"), null)], Cancel);
        Assert.All(first, result => Assert.Equal(1, result.ETag));

        var second = await store.WriteOrganizationsAsync(
            [
                new OrganizationWrite(State("C1", version: 2), 1),
                new OrganizationWrite(State("C2", version: 2), 7),
                new OrganizationWrite(State("C1"), null),
            ],
            Cancel);

        Assert.Equal(OrganizationWriteResult.Written(2), second[0]);
        Assert.Equal(OrganizationWriteResult.Conflict, second[1]);
        Assert.Equal(OrganizationWriteResult.Conflict, second[2]);
        var stored = (await store.ReadOrganizationsAsync(2024, ["C1", "C2", "C3"], Cancel)).ToDictionary(o => o.State.Unit.Value);
        Assert.Equal([("C1", 2L, 2L), ("C2", 1L, 1L)], stored.Values.OrderBy(o => o.State.Unit.Value).Select(o => (o.State.Unit.Value, o.State.Version, o.ETag)));
    }

    [Fact]
    public async Task A_year_s_snapshot_holds_its_states_and_its_dead_mail()
    {
        await using var store = await MigratedAsync();
        await store.RegisterYearAsync(2024, "R2023", Cancel);
        await store.WriteOrganizationsAsync([new OrganizationWrite(State("C1"), null)], Cancel);
        await store.RecordDeadMailAsync(2024, [new DeadLetter(0, new UnitId("C1"), "AssessmentSubmitted", "[]", "refused", DateTimeOffset.UtcNow)], Cancel);

        var snapshot = await store.ReadYearAsync(2024, Cancel);

        Assert.Equal([2024], await store.ListYearsAsync(Cancel));
        Assert.Equal("C1", Assert.Single(snapshot.States).Unit.Value);
        Assert.Equal(1, snapshot.DeadMail);
        Assert.Equal("refused", Assert.Single(await store.ListDeadMailAsync(2024, Cancel)).Error);

        await store.ClearDeadMailAsync(2024, Cancel);
        Assert.Empty(await store.ListDeadMailAsync(2024, Cancel));
    }

    private async Task<PostgresScoringStore> MigratedAsync()
    {
        var store = new PostgresScoringStore(server.NewDatabase("store"));
        await store.MigrateAsync(Cancel);
        return store;
    }

    private static OrganizationState State(string unit, long version = 1) =>
        new(2024, new UnitId(unit), UnitKind.Cell, unit, new UnitId("G1"), 3, version, null, null, []);
}
