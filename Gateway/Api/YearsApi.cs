using Scoring.Silo.Storage;

namespace Scoring.Gateway.Api;

/// <summary>The years this store holds.</summary>
public static class YearsApi
{
    public static IEndpointRouteBuilder MapYearsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/years", async (IScoringStore store, CancellationToken cancellationToken) =>
                TypedResults.Ok(await store.ListYearsAsync(cancellationToken)))
            .WithTags("Years")
            .WithName("ListYears")
            .WithSummary("The rating years that have been imported, oldest first.");
        return routes;
    }
}
