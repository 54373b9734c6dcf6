using Scoring.Silo.Storage;

namespace Scoring.Silo.Tests;

/// <summary>Idempotency keys in both stores: held before a request is applied, settled or let go after.</summary>
public sealed class IdempotencyKeyStoreTests(PostgresServer server) : IAsyncDisposable
{
    private static readonly TimeSpan Minutes = TimeSpan.FromMinutes(2);

    private readonly BothStores _stores = new(server, "keys");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Stores => BothStores.Kinds;

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_new_key_is_held_by_the_first_request_only_and_shows_as_pending(string kind)
    {
        var store = await OpenAsync(kind);

        Assert.True(await store.ReserveResponseAsync("k1", "hash-a", Minutes, Cancel));
        Assert.False(await store.ReserveResponseAsync("k1", "hash-a", Minutes, Cancel));
        Assert.False(await store.ReserveResponseAsync("k1", "hash-b", Minutes, Cancel));

        var pending = await store.FindResponseAsync("k1", Cancel);
        Assert.NotNull(pending);
        Assert.True(pending.IsPending);
        Assert.Equal("hash-a", pending.RequestHash);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_settled_key_keeps_its_answer_and_is_never_held_again(string kind)
    {
        var store = await OpenAsync(kind);
        await store.ReserveResponseAsync("k2", "hash-a", Minutes, Cancel);

        Assert.True(await store.RecordResponseAsync("k2", new IdempotentResponse("hash-a", 200, "{\"level\":\"HTTNV\"}"), Cancel));
        Assert.False(await store.RecordResponseAsync("k2", new IdempotentResponse("hash-a", 200, "{}"), Cancel));

        Assert.False(await store.ReserveResponseAsync("k2", "hash-a", TimeSpan.Zero, Cancel));
        Assert.Equal(new IdempotentResponse("hash-a", 200, "{\"level\":\"HTTNV\"}"), await store.FindResponseAsync("k2", Cancel));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_released_key_is_new_again(string kind)
    {
        var store = await OpenAsync(kind);
        await store.ReserveResponseAsync("k3", "hash-a", Minutes, Cancel);

        await store.ReleaseResponseAsync("k3", Cancel);

        Assert.Null(await store.FindResponseAsync("k3", Cancel));
        Assert.True(await store.ReserveResponseAsync("k3", "hash-b", Minutes, Cancel));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_key_left_pending_too_long_is_taken_over_by_the_same_request_but_not_by_another(string kind)
    {
        var store = await OpenAsync(kind);
        await store.ReserveResponseAsync("k4", "hash-a", Minutes, Cancel);
        await Task.Delay(20, Cancel);

        Assert.False(await store.ReserveResponseAsync("k4", "hash-a", Minutes, Cancel));
        Assert.False(await store.ReserveResponseAsync("k4", "hash-b", TimeSpan.FromMilliseconds(1), Cancel));
        Assert.True(await store.ReserveResponseAsync("k4", "hash-a", TimeSpan.FromMilliseconds(1), Cancel));
    }

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    private Task<IScoringStore> OpenAsync(string kind) => _stores.OpenAsync(kind, Cancel);
}
