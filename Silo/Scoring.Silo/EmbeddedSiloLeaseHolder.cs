using Microsoft.Extensions.Hosting;

namespace Scoring.Silo;

/// <summary>Holds the <see cref="EmbeddedSiloLease"/> of a store from before its silo starts until after it stops.</summary>
internal sealed class EmbeddedSiloLeaseHolder(string storeFile, int clientPort) : IHostedService, IDisposable
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private EmbeddedSiloLease? _lease;

    /// <summary>Completes once the lease is held, so the store is this process's; fails when another process holds it.</summary>
    public Task Held => _held.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lease = EmbeddedSiloLease.TryAcquire(storeFile, clientPort);
        if (_lease is null)
        {
            var inUse = new StoreInUseException(storeFile);
            _held.TrySetException(inUse);
            throw inUse;
        }

        _held.TrySetResult();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _lease?.Dispose();
}
