using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Gateway.Reports;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;

namespace Scoring.Gateway.Api;

/// <summary>A unit's rolled-up year and its children's, for dashboards.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup("/api/v1/years/{year}/units").WithTags("Units");
        units.MapGet("/{id}", GetUnitAsync)
            .WithName("GetUnit")
            .WithSummary("A unit's level with its reasons, and the counts and shares of its subtree and members.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapGet("/{id}/children", GetChildrenAsync)
            .WithName("GetChildren")
            .WithSummary("The same report for each direct child of a unit, ordered by id.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<UnitReport>, ProblemHttpResult>> GetUnitAsync(
        string year, string id, IGrainStore store, CancellationToken cancellationToken)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        var summary = await store.FindSummaryAsync(ratingYear, new UnitId(id), cancellationToken);
        return summary is null
            ? await NotFoundAsync(store, ratingYear, id, cancellationToken)
            : TypedResults.Ok(UnitReport.From(summary));
    }

    private static async Task<Results<Ok<IReadOnlyList<UnitReport>>, ProblemHttpResult>> GetChildrenAsync(
        string year, string id, IGrainStore store, CancellationToken cancellationToken)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        var unit = new UnitId(id);
        if (await store.FindSummaryAsync(ratingYear, unit, cancellationToken) is null)
        {
            return await NotFoundAsync(store, ratingYear, id, cancellationToken);
        }

        var children = await store.ListChildrenAsync(ratingYear, unit, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<UnitReport>>(children.Select(UnitReport.From).ToList());
    }

    private static async Task<ProblemHttpResult> NotFoundAsync(IGrainStore store, int year, string id, CancellationToken cancellationToken)
    {
        var years = await store.ListYearsAsync(cancellationToken);
        return years.Contains(year)
            ? Problems.NotFound("Unknown unit", $"The tree of {year} has no unit '{id}'.")
            : Problems.NotFound("Unknown year", $"The year {year} has not been imported. Years available: {Describe(years)}.");
    }

    private static string Describe(IReadOnlyList<int> years) => years.Count == 0 ? "none" : string.Join(", ", years);
}
