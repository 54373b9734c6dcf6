using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Orleans;
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
    /// <summary>The body's property naming who records the decision, until requests carry a signed identity.</summary>
    public const string DecidedBy = "decided_by";

    private const string Anonymous = "anonymous";

    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup("/api/v1/years/{year}/units").WithTags("Decisions").AddEndpointFilter<UnitIdCheck>();
        units.MapPut("/{id}/decision", PutDecisionAsync)
            .WithName("Decide")
            .WithSummary("Records the deciding committee's decision for a unit (decisions.csv's columns: level, note, exemplary; and decided_by, who records it) and answers with its final level once the root has it.")
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
        var (columns, decidedBy) = SplitDecidedBy(body);
        Decision? decision = null;
        return CorrectionsApi.CorrectAsync(
            new CorrectionsApi.Request(year, id, body, idempotencyKey, context.Request.Path),
            ratingYear =>
            {
                var read = CorrectionReader.Decision(unit, columns, ratingYear);
                decision = read.Value;
                return CorrectionsApi.Read(read, d => new DecisionRecorded(d));
            },
            grains,
            store,
            json.Value.SerializerOptions,
            cancellationToken,
            before => store.RecordDecisionsAsync(
                [new DecisionAudit(before.Year, unit, DateTimeOffset.UtcNow, Who(decidedBy), DecisionSources.Api, decision, before.Decision)],
                CancellationToken.None));
    }

    private static async Task<IResult> ListDecisionsAsync(string year, string id, IGrainFactory grains, IScoringStore store, CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(year, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        var unit = new UnitId(id);
        if (await grains.GetGrain<IOrganizationGrain>(OrganizationKey.Of(ratingYear, unit)).GetSummaryAsync().WaitAsync(cancellationToken) is null)
        {
            return await Problems.NotFoundAsync(store, ratingYear, id, cancellationToken);
        }

        var trail = await store.ListDecisionsAsync(ratingYear, unit, cancellationToken);
        return TypedResults.Ok(trail.Select(DecisionView.From).ToArray());
    }

    /// <summary>The decision's columns, and who recorded it when the body says (a string; anything else is left for the reader to refuse).</summary>
    private static (JsonElement Columns, string? DecidedBy) SplitDecidedBy(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(DecidedBy, out var who) || who.ValueKind != JsonValueKind.String)
        {
            return (body, null);
        }

        var columns = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject().Where(p => p.Name != DecidedBy))
        {
            columns[property.Name] = property.Value;
        }

        return (JsonSerializer.SerializeToElement(columns), who.GetString());
    }

    private static string Who(string? decidedBy) => string.IsNullOrWhiteSpace(decidedBy) ? Anonymous : decidedBy.Trim();
}
