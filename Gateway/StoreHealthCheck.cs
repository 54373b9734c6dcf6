using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scoring.Silo.Storage;

namespace Scoring.Gateway;

/// <summary>Healthy while the store answers a query; the Gateway can serve nothing without it.</summary>
internal sealed class StoreHealthCheck(IScoringStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ListYearsAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The store {store.Location} answers.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The store {store.Location} does not answer.", exception);
        }
    }
}
