using Microsoft.Extensions.Hosting;

namespace Scoring.Silo;

/// <summary>Holds the <see cref="EmbeddedSiloLease"/> of a store from before its silo starts until after it stops.</summary>
internal sealed class EmbeddedSiloLeaseHolder(string storeFile, int clientPort) : IHostedService, IDisposable
{
    private EmbeddedSiloLease? _lease;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lease = EmbeddedSiloLease.TryAcquire(storeFile, clientPort) ?? throw new StoreInUseException(storeFile);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _lease?.Dispose();
}
