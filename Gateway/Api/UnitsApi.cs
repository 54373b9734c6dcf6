using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Gateway.Access;
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
            .WithDescription("With compare, another year of the same unit (by id) follows as `compare`: each count and share of the report with the other year's value and the difference (this year minus the other; shares in percentage points), or `found: false` when the other year's tree has no such unit. The ETag then holds both years' versions.")
            .Produces<UnitReport>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        units.MapGet("/{id}/children", GetChildrenAsync)
            .WithName("GetChildren")
            .WithSummary($"A page of a unit's direct children, each with its levels, score, subtree and members (its reasons, direct tallies, decision note, quota and targets are in its own report), ordered by id unless orderBy says otherwise, with the total number of children: offset 0 and limit {PageRequest.DefaultLimit} unless asked, limit at most {PageRequest.MaxLimit} (0 answers only the total).")
            .WithDescription("orderBy ranks the children before the page is taken: `score` by the child's own score, `httnvPlusShare` by the HTTNV+ share of the rated grassroots organizations in the child's subtree, `khtnv` by the number of KHTNV organizations (all kinds) in the child's subtree; ascending, or descending with desc=true. A child without the figure comes last either way; equal figures are ordered by id.")
            .Produces<ChildrenPage>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        // HEAD answers as GET does, without the body (a dashboard checks an ETag this way); the document lists GET only.
        units.MapMethods("/{id}", [HttpMethods.Head], GetUnitAsync).ExcludeFromDescription();
        units.MapMethods("/{id}/children", [HttpMethods.Head], GetChildrenAsync).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> GetUnitAsync(
        string year, string id, string? compare, IGrainFactory grains, IScoringStore store, ISubtreeAccess access, UnitReportBodies bodies,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(year, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        var otherYear = 0;
        if (compare is not null && !RatingYear.TryParse(compare, out otherYear))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["compare"] = [$"'{compare}' is not a year: use the four digits of the rating year to compare with, such as 2023."] },
                title: "Not a year to compare with");
        }

        var summary = await Unit(grains, ratingYear, new UnitId(id)).GetSummaryAsync().WaitAsync(cancellationToken);
        if (summary is null)
        {
            return await Problems.NotFoundAsync(store, ratingYear, id, cancellationToken);
        }

        // The version moves whenever any figure, reason or name of the report does.
        var version = summary.Version.ToString(CultureInfo.InvariantCulture);
        UnitSummary? other = null;
        if (compare is not null)
        {
            other = await Unit(grains, otherYear, new UnitId(id)).GetSummaryAsync().WaitAsync(cancellationToken);
            if (other is null && await Problems.UnknownYearAsync(store, otherYear, "compare", cancellationToken) is { } unknown)
            {
                return unknown;
            }

            // The other year's tree may place the unit elsewhere: its figures are the token's only if it reaches it there too.
            if (other is not null && !await access.CanReadAsync(context.User, otherYear, other.Unit, cancellationToken))
            {
                TokenHolder.TryRead(context.User, out var holder);
                return AccessProblems.Forbidden(holder, otherYear, other.Unit, writes: false);
            }

            // A comparison is as fresh as both years: "-" stands for a unit the other year does not have (yet).
            version += $"/{otherYear}:{(other is null ? "-" : other.Version.ToString(CultureInfo.InvariantCulture))}";
        }

        if (VersionTag.IsFresh(context, version))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(compare is null ? bodies.Of(summary) : bodies.Of(summary, otherYear, other), "application/json; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetChildrenAsync(
        string year, string id, string? offset, string? limit, string? orderBy, string? desc, IGrainFactory grains, IScoringStore store,
        ChildrenPageCache pages, HttpContext context, CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(year, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        var pageRead = PageRequest.TryRead(offset, limit, out var page, out var errors);
        if (!ChildrenOrder.TryRead(orderBy, desc, out var order, errors) || !pageRead)
        {
            return TypedResults.ValidationProblem(errors, title: "Not a page of children");
        }

        // A parent knows its children, ordered by id, and the versions of their reports: the page is made again only
        // when one of those it depends on changed; then each child answers for itself, all at once. A page in id order
        // depends on the children on it; a page in any other order on every child, since any of them may move into it.
        if (await Unit(grains, ratingYear, new UnitId(id)).GetChildrenAsync().WaitAsync(cancellationToken) is not { } all)
        {
            return await Problems.NotFoundAsync(store, ratingYear, id, cancellationToken);
        }

        var madeFrom = order.ReadsReports ? all : order.Arrange(all).Skip(page.Offset).Take(page.Limit).ToArray();
        if (pages.Find(ratingYear, new UnitId(id), page, order, madeFrom) is not { } body)
        {
            var children = await Task.WhenAll(madeFrom.Select(child => Unit(grains, ratingYear, child.Unit).GetSummaryAsync())).WaitAsync(cancellationToken);
            var known = children.OfType<UnitSummary>();
            var onPage = order.ReadsReports ? order.Arrange(known).Skip(page.Offset).Take(page.Limit) : known;
            var answer = new ChildrenPage(all.Count, page.Offset, page.Limit, onPage.Select(child => ChildRow.Of(UnitReport.From(child))).ToList());
            body = pages.Keep(ratingYear, new UnitId(id), page, order, madeFrom, answer);
        }

        return TypedResults.Bytes(GzipAcceptance.Choose(context, body), "application/json; charset=utf-8");
    }

    private static IOrganizationGrain Unit(IGrainFactory grains, int year, UnitId unit) =>
        grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(year, unit));
}
