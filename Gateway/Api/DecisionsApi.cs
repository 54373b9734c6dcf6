using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Orleans;
using Scoring.Gateway.Access;
using Scoring.Gateway.Reports;
using Scoring.GrainInterfaces;
using Scoring.Import;
using Scoring.Silo.Storage;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Scoring.Gateway.Api;

/// <summary>
/// The deciding committees' decisions (DOMAIN.md §5): decisions.csv's columns as JSON, carried to the root like a
/// correction, each one kept in the unit's decision trail with who recorded it and what it replaced.
/// </summary>
public static class DecisionsApi
{
    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup("/api/v1/years/{year}/units").WithTags("Decisions").AddEndpointFilter<UnitIdCheck>();
        units.MapPut("/{id}/decision", PutDecisionAsync)
            .WithName("Decide")
            .WithSummary("Records the deciding committee's decision for a unit (decisions.csv's columns: level, note, exemplary; the token's holder is who records it) and answers with its final level once the root has it.")
            .Accepts<JsonElement>("application/json")
            .Produces<UnitReport>()
            .Produces(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        units.MapGet("/{id}/decisions", ListDecisionsAsync)
            .WithName("DecisionTrail")
            .WithSummary("The unit's decision trail for the year, newest first: who, when, how, the decision and the one it replaced.")
            .Produces<IReadOnlyList<DecisionView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static Task<IResult> PutDecisionAsync(
        string year,
        string id,
        [FromBody] JsonElement body,
        [FromHeader(Name = CorrectionsApi.IdempotencyKeyHeader)] string? idempotencyKey,
        IGrainFactory grains,
        IScoringStore store,
        IOptions<HttpJsonOptions> json,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var unit = new UnitId(id);
        var decidedBy = TokenHolder.Of(context.User).Subject;
        Decision? decision = null;
        return CorrectionsApi.CorrectAsync(
            new CorrectionsApi.Request(year, id, body, idempotencyKey, context.Request.Path),
            ratingYear =>
            {
                var read = CorrectionReader.Decision(unit, body, ratingYear);
                decision = read.Value;
                return CorrectionsApi.Read(read, d => new DecisionRecorded(d));
            },
            grains,
            store,
            json.Value.SerializerOptions,
            (before, _) => Task.FromResult<Func<Task>>(() => store.RecordDecisionsAsync(
                [new DecisionAudit(before.Year, unit, DateTimeOffset.UtcNow, decidedBy, DecisionSources.Api, decision, before.Decision)],
                CancellationToken.None)),
            cancellationToken);
    }

    private static Task<IResult> ListDecisionsAsync(string year, string id, IGrainFactory grains, IScoringStore store, CancellationToken cancellationToken) =>
        UnitTrail.ListAsync(year, id, grains, store, async (ratingYear, unit) => (await store.ListDecisionsAsync(ratingYear, unit, cancellationToken)).Select(DecisionView.From), cancellationToken);
}
