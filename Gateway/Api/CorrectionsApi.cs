using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Orleans;
using Scoring.Gateway.Access;
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

    /// <summary>How long a key stays held by a request that has not settled it; longer means its Gateway died on the way.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

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
        units.MapGet("/{id}/corrections", ListCorrectionsAsync)
            .WithName("CorrectionTrail")
            .WithSummary("The unit's correction trail for the year, newest first: who, when, how, which input, the row applied and the row it replaced.")
            .Produces<IReadOnlyList<CorrectionView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
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
        IGrainFactory grains, IScoringStore store, IOptions<HttpJsonOptions> json, HttpContext context, CancellationToken cancellationToken) =>
        CorrectAsync(
            new Request(year, id, body, idempotencyKey, context.Request.Path),
            ratingYear => Read(CorrectionReader.Assessment(new UnitId(id), body, ratingYear), a => new AssessmentSubmitted(a)),
            grains,
            store,
            json.Value.SerializerOptions,
            Trail(store, context, cancellationToken),
            cancellationToken);

    private static Task<IResult> PutMembersAsync(
        string year, string id, [FromBody] JsonElement body, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        IGrainFactory grains, IScoringStore store, IOptions<HttpJsonOptions> json, HttpContext context, CancellationToken cancellationToken) =>
        CorrectAsync(
            new Request(year, id, body, idempotencyKey, context.Request.Path),
            _ => Read(CorrectionReader.Members(new UnitId(id), body), m => new MembersSubmitted(m)),
            grains,
            store,
            json.Value.SerializerOptions,
            Trail(store, context, cancellationToken),
            cancellationToken);

    private static Task<IResult> ListCorrectionsAsync(string year, string id, IGrainFactory grains, IScoringStore store, CancellationToken cancellationToken) =>
        UnitTrail.ListAsync(year, id, grains, store, async (ratingYear, unit) => (await store.ListCorrectionsAsync(ratingYear, unit, cancellationToken)).Select(CorrectionView.From), cancellationToken);

    /// <summary>Each correction joins the unit's trail with the row it replaced, in the name the token gives.</summary>
    private static Audit Trail(IScoringStore store, HttpContext context, CancellationToken cancellationToken) =>
        (before, message) => CorrectionTrail.BeforeApplyingAsync(
            store, before.Year, before.Unit, TokenHolder.Of(context.User).Subject, CorrectionSources.Api, message, cancellationToken);

    /// <summary>
    /// Reads what a trail keeps of a change before it is applied, from the unit's summary and the message; the function
    /// it returns records the change once it has been.
    /// </summary>
    internal delegate Task<Func<Task>> Audit(UnitSummary before, GrainMessage message);

    /// <summary>
    /// Applies the message <paramref name="read"/> makes of a request to its unit and answers once the root has it;
    /// <paramref name="audit"/> keeps each application in the unit's trail.
    /// </summary>
    internal static async Task<IResult> CorrectAsync(
        Request request,
        Func<int, (GrainMessage? Message, IReadOnlyList<ImportError> Errors)> read,
        IGrainFactory grains,
        IScoringStore store,
        JsonSerializerOptions json,
        Audit audit,
        CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(request.Year, out var ratingYear))
        {
            return Problems.NotAYear(request.Year);
        }

        var unit = grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(ratingYear, new UnitId(request.Id)));
        if (!RuleSets.TryForYear(ratingYear, out _) || await unit.GetSummaryAsync().WaitAsync(cancellationToken) is not { } before)
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

        var recordInTrail = await audit(before, message);

        var hash = request.Hash();
        var key = request.IdempotencyKey;
        var location = $"/api/v1/years/{ratingYear}/units/{Uri.EscapeDataString(request.Id)}";
        if (key is not null && !await store.ReserveResponseAsync(key, hash, AbandonedAfter, cancellationToken))
        {
            return await store.FindResponseAsync(key, cancellationToken) switch
            {
                { } earlier when earlier.RequestHash != hash => TypedResults.Problem(
                    detail: $"The {IdempotencyKeyHeader} '{key}' was used for another request; use a new key for a new request.",
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Idempotency key reused"),
                // The same request is being applied: it answers like the first one that is still on its way.
                { IsPending: true } => TypedResults.Accepted(location),
                { } earlier => TypedResults.Content(earlier.Body, "application/json", Encoding.UTF8, earlier.Status),
                // Let go between the two looks: the request that held it was not applied.
                null => TypedResults.Problem(
                    detail: $"A request with the {IdempotencyKeyHeader} '{key}' just failed; send it again.",
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Idempotency key released"),
            };
        }

        var correction = unit.CorrectAsync([message]);
        UnitSummary summary;
        try
        {
            summary = await correction.WaitAsync(ReachRootWithin, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The change is on its way up; the unit's address shows where it stands, and the key is settled when it lands.
            _ = SettleLaterAsync(correction, key, hash, store, json, recordInTrail);
            return TypedResults.Accepted(location);
        }
        catch (Exception failed)
        {
            if (key is not null)
            {
                await store.ReleaseResponseAsync(key, CancellationToken.None);
            }

            if (failed is UnitRefusedException refused)
            {
                return TypedResults.Problem(detail: refused.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The unit refused the correction");
            }

            throw;
        }

        await recordInTrail();
        var report = UnitReport.From(summary);
        if (key is not null)
        {
            await store.RecordResponseAsync(key, Recorded(hash, report, json), CancellationToken.None);
        }

        return TypedResults.Ok(report);
    }

    /// <summary>
    /// Records the answer of a correction that outlived its request (and keeps it in the trail with
    /// <paramref name="recordInTrail"/>), or lets go of its key when it failed.
    /// </summary>
    private static async Task SettleLaterAsync(
        Task<UnitSummary> correction, string? key, string hash, IScoringStore store, JsonSerializerOptions json, Func<Task> recordInTrail)
    {
        try
        {
            var summary = await correction;
            await recordInTrail();

            if (key is not null)
            {
                await store.RecordResponseAsync(key, Recorded(hash, UnitReport.From(summary), json), CancellationToken.None);
            }
        }
        catch (Exception) when (!correction.IsCompletedSuccessfully && key is not null)
        {
            await store.ReleaseResponseAsync(key, CancellationToken.None);
        }
    }

    /// <summary>The answer as the API writes it, so that a repeated request is answered with the same body.</summary>
    private static IdempotentResponse Recorded(string hash, UnitReport report, JsonSerializerOptions json) =>
        new(hash, StatusCodes.Status200OK, JsonSerializer.Serialize(report, json));

    internal static (GrainMessage? Message, IReadOnlyList<ImportError> Errors) Read<T>(Correction<T> correction, Func<T, GrainMessage> message)
        where T : class =>
        correction.Succeeded ? (message(correction.Value!), []) : (null, correction.Errors);

    internal sealed record Request(string Year, string Id, JsonElement Body, string? IdempotencyKey, string Path)
    {
        /// <summary>What a reused key must match: the address and the body.</summary>
        public string Hash() =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"PUT {Path}\n{Body.GetRawText()}")));
    }
}
