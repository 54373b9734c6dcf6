using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Silo.Storage;

namespace Scoring.Gateway.Api;

/// <summary>The years this store holds.</summary>
public static class YearsApi
{
    public static IEndpointRouteBuilder MapYearsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/api/v1/years", [HttpMethods.Head], ListYearsAsync).ExcludeFromDescription();
        routes.MapGet("/api/v1/years", ListYearsAsync)
            .WithTags("Years")
            .WithName("ListYears")
            .WithSummary("The rating years that have been imported, oldest first.");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<int>>> ListYearsAsync(IScoringStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListYearsAsync(cancellationToken));
}
