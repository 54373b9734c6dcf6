using Scoring.Silo.Storage;

namespace Scoring.Gateway.Access;

/// <summary>
/// The store's token signing key, read (or made) once as the Gateway starts, after the store's schema is up to date and
/// before the first request: the token command of the same store signs with the same key.
/// </summary>
public sealed class StoreSigningKey(IScoringStore store) : IHostedService
{
    private byte[]? _key;

    public byte[] Value => _key ?? throw new InvalidOperationException("The signing key is read as the Gateway starts; it has not started.");

    public async Task StartAsync(CancellationToken cancellationToken) => _key = await store.ReadSigningKeyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
