using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Orleans;
using Scoring.Gateway.Reports;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using Scoring.Import;
using Scoring.Silo.Storage;

namespace Scoring.Gateway.Api;

/// <summary>
/// Corrections of one unit's inputs: the columns of assessments.csv or members.csv as JSON, checked with the
/// import's rules, carried grain to grain up to the root. With an Idempotency-Key, the same request twice is
/// applied once and answered the same; the same key with another request is refused.
/// </summary>
public static class CorrectionsApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>How long a request waits for its change to reach the root before it answers 202 instead.</summary>
    private static readonly TimeSpan ReachRootWithin = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapCorrectionsApi(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup("/api/v1/years/{year}/units").WithTags("Corrections").AddEndpointFilter<UnitIdCheck>();
        Describe(units.MapPut("/{id}/assessment", PutAssessmentAsync))
            .WithName("CorrectAssessment")
            .WithSummary("Replaces a unit's assessment (assessments.csv's columns, without unit_id) and answers with its new level once the root has the change.");
        Describe(units.MapPut("/{id}/members", PutMembersAsync))
            .WithName("CorrectMembers")
            .WithSummary("Replaces the member tally of a unit with members directly (members.csv's columns, without unit_id).");
        return routes;

        static RouteHandlerBuilder Describe(RouteHandlerBuilder correction) => correction
            .Accepts<JsonElement>("application/json")
            .Produces<UnitReport>()
            .Produces(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static Task<IResult> PutAssessmentAsync(
        string year, string id, [FromBody] JsonElement body, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        IGrainFactory grains, IScoringStore store, HttpContext context, CancellationToken cancellationToken) =>
        CorrectAsync(
            new Request(year, id, body, idempotencyKey, context.Request.Path),
            ratingYear => Read(CorrectionReader.Assessment(new UnitId(id), body, ratingYear), a => new AssessmentSubmitted(a)),
            grains,
            store,
            cancellationToken);

    private static Task<IResult> PutMembersAsync(
        string year, string id, [FromBody] JsonElement body, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        IGrainFactory grains, IScoringStore store, HttpContext context, CancellationToken cancellationToken) =>
        CorrectAsync(
            new Request(year, id, body, idempotencyKey, context.Request.Path),
            _ => Read(CorrectionReader.Members(new UnitId(id), body), m => new MembersSubmitted(m)),
            grains,
            store,
            cancellationToken);

    private static async Task<IResult> CorrectAsync(
        Request request,
        Func<int, (GrainMessage? Message, IReadOnlyList<ImportError> Errors)> read,
        IGrainFactory grains,
        IScoringStore store,
        CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(request.Year, out var ratingYear))
        {
            return Problems.NotAYear(request.Year);
        }

        var unit = grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(ratingYear, new UnitId(request.Id)));
        if (!RuleSets.TryForYear(ratingYear, out _) || await unit.GetSummaryAsync().WaitAsync(cancellationToken) is null)
        {
            return await Problems.NotFoundAsync(store, ratingYear, request.Id, cancellationToken);
        }

        var (message, errors) = read(ratingYear);
        if (message is null)
        {
            return TypedResults.ValidationProblem(
                errors.GroupBy(e => e.Column ?? "body").ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()),
                title: "The correction does not follow the import's rules");
        }

        var hash = request.Hash();
        if (request.IdempotencyKey is { } key && await store.FindResponseAsync(key, cancellationToken) is { } earlier)
        {
            return earlier.RequestHash == hash
                ? TypedResults.Content(earlier.Body, "application/json", Encoding.UTF8, earlier.Status)
                : TypedResults.Problem(
                    detail: $"The {IdempotencyKeyHeader} '{key}' was used for another request; use a new key for a new request.",
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Idempotency key reused");
        }

        var correction = unit.CorrectAsync([message]);
        UnitSummary summary;
        try
        {
            summary = await correction.WaitAsync(ReachRootWithin, cancellationToken);
        }
        catch (UnitRefusedException refused)
        {
            return TypedResults.Problem(detail: refused.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The unit refused the correction");
        }
        catch (TimeoutException)
        {
            // The change is on its way up; the unit's address shows where it stands.
            return TypedResults.Accepted($"/api/v1/years/{ratingYear}/units/{Uri.EscapeDataString(request.Id)}");
        }

        var report = UnitReport.From(summary);
        if (request.IdempotencyKey is { } recordKey)
        {
            var json = JsonSerializer.Serialize(report, ScoringJson.Options);
            await store.RecordResponseAsync(recordKey, new IdempotentResponse(hash, StatusCodes.Status200OK, json), cancellationToken);
        }

        return TypedResults.Ok(report);
    }

    private static (GrainMessage? Message, IReadOnlyList<ImportError> Errors) Read<T>(Correction<T> correction, Func<T, GrainMessage> message)
        where T : class =>
        correction.Succeeded ? (message(correction.Value!), []) : (null, correction.Errors);

    private sealed record Request(string Year, string Id, JsonElement Body, string? IdempotencyKey, string Path)
    {
        /// <summary>What a reused key must match: the address and the body.</summary>
        public string Hash() =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"PUT {Path}\n{Body.GetRawText()}")));
    }
}
