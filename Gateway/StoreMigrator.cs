using Scoring.Silo.Storage;

namespace Scoring.Gateway;

/// <summary>Brings the store's schema up to date before the Gateway serves or its silo turns grains.</summary>
internal sealed class StoreMigrator(IScoringStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
