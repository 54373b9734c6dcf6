using System.Globalization;
using Scoring.Gateway.Reports;
using Scoring.Gateway.Reports.Files;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;
using Orleans;

namespace Scoring.Gateway.Api;

/// <summary>A unit's year as the official report files: the same table as an .xlsx workbook and as CSV.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup("/api/v1/years/{year}/units").WithTags("Report files").AddEndpointFilter<UnitIdCheck>();
        const string Layout =
            "The title block (the unit, its final, proposed and decided levels), then per kind of organization of its subtree the total, " +
            "the rated and each level's count and share of the rated, not rated and pending; the members likewise, with the disciplined; " +
            "HTTNV+ and clean and strong; the targets and the HTXSNV quota where the unit has them. Headings in Vietnamese, in the year's " +
            "level names (TSVM and YK in 2014–2017). The figures are the JSON report's; the ETag is the unit's version, as there.";
        foreach (var format in ReportFileFormat.All)
        {
            Task<IResult> GetAsync(string year, string id, IGrainFactory grains, IScoringStore store, HttpContext context, CancellationToken cancellationToken) =>
                GetFileAsync(format, year, id, grains, store, context, cancellationToken);

            units.MapGet($"/{{id}}/report.{format.Extension}", GetAsync)
                .WithName(format.OperationName)
                .WithSummary(format.Summary)
                .WithDescription(Layout)
                .Produces<Stream>(StatusCodes.Status200OK, format.ContentType)
                .Produces(StatusCodes.Status304NotModified)
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status404NotFound);
            // HEAD answers as GET does, without the body; the document lists GET only.
            units.MapMethods($"/{{id}}/report.{format.Extension}", [HttpMethods.Head], GetAsync).ExcludeFromDescription();
        }

        return routes;
    }

    private static async Task<IResult> GetFileAsync(
        ReportFileFormat format, string year, string id, IGrainFactory grains, IScoringStore store, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(year, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        var summary = await grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(ratingYear, new UnitId(id))).GetSummaryAsync().WaitAsync(cancellationToken);
        if (summary is null)
        {
            return await Problems.NotFoundAsync(store, ratingYear, id, cancellationToken);
        }

        // The same version as the JSON report's: the file holds nothing the report does not.
        if (VersionTag.IsFresh(context, summary.Version.ToString(CultureInfo.InvariantCulture)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var table = ReportTable.From(UnitReport.From(summary));
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(ratingYear, id, format.Extension)}\"";
        return TypedResults.Bytes(format.Write(table), format.ContentType);
    }

    /// <summary>scoring-2024-HN.xlsx: a unit id's characters that are not safe in a plain ASCII file name become '_'.</summary>
    private static string FileName(int year, string id, string extension)
    {
        var safe = string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        return $"scoring-{year}-{safe}.{extension}";
    }
}
