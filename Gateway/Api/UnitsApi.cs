using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Gateway.Reports;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;
using Orleans;

namespace Scoring.Gateway.Api;

/// <summary>A unit's rolled-up year and its children's, for dashboards.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup("/api/v1/years/{year}/units").WithTags("Units").AddEndpointFilter<UnitIdCheck>();
        units.MapGet("/{id}", GetUnitAsync)
            .WithName("GetUnit")
            .WithSummary("A unit's level with its reasons, and the counts and shares of its subtree and members. The ETag is the unit's version: If-None-Match with it answers 304 while nothing changed.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapGet("/{id}/children", GetChildrenAsync)
            .WithName("GetChildren")
            .WithSummary($"A page of the same report for each direct child of a unit, ordered by id, with the total number of children: offset 0 and limit {PageRequest.DefaultLimit} unless asked, limit at most {PageRequest.MaxLimit} (0 answers only the total).")
            .Produces<ChildrenPage>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        // HEAD answers as GET does, without the body (a dashboard checks an ETag this way); the document lists GET only.
        units.MapMethods("/{id}", [HttpMethods.Head], GetUnitAsync).ExcludeFromDescription();
        units.MapMethods("/{id}/children", [HttpMethods.Head], GetChildrenAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task<Results<Ok<UnitReport>, StatusCodeHttpResult, ProblemHttpResult>> GetUnitAsync(
        string year, string id, IGrainFactory grains, IScoringStore store, HttpContext context, CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(year, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        var summary = await Unit(grains, ratingYear, new UnitId(id)).GetSummaryAsync().WaitAsync(cancellationToken);
        if (summary is null)
        {
            return await Problems.NotFoundAsync(store, ratingYear, id, cancellationToken);
        }

        // The version moves whenever any figure, reason or name of the report does.
        var etag = $"\"{summary.Version.ToString(CultureInfo.InvariantCulture)}\"";
        context.Response.Headers.ETag = etag;
        return context.Request.Headers.IfNoneMatch.Any(tag => tag == etag || tag == "*")
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(UnitReport.From(summary));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetChildrenAsync(
        string year, string id, string? offset, string? limit, IGrainFactory grains, IScoringStore store, ChildrenPageCache pages,
        CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(year, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        if (!PageRequest.TryRead(offset, limit, out var page, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Not a page of children");
        }

        // A parent knows its children, ordered by id, and the versions of their reports: the page is made again only
        // when one of those changed; then each child on the page answers for itself, all at once.
        if (await Unit(grains, ratingYear, new UnitId(id)).GetChildrenAsync().WaitAsync(cancellationToken) is not { } all)
        {
            return await Problems.NotFoundAsync(store, ratingYear, id, cancellationToken);
        }

        var onPage = all.Skip(page.Offset).Take(page.Limit).ToArray();
        if (pages.Find(ratingYear, new UnitId(id), page, onPage) is not { } body)
        {
            var children = await Task.WhenAll(onPage.Select(child => Unit(grains, ratingYear, child.Unit).GetSummaryAsync())).WaitAsync(cancellationToken);
            var answer = new ChildrenPage(all.Count, page.Offset, page.Limit, children.OfType<UnitSummary>().Select(UnitReport.From).ToList());
            body = pages.Keep(ratingYear, new UnitId(id), page, onPage, answer);
        }

        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    private static IOrganizationGrain Unit(IGrainFactory grains, int year, UnitId unit) =>
        grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(year, unit));
}
