using Scoring.Gateway.Api;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Access;

/// <summary>
/// Checks every request whose route has <c>{year}</c> and <c>{id}</c> against the token's subtree, whatever the endpoint:
/// a GET or HEAD reads, anything else writes. A year that is not one is left for the endpoint to refuse.
/// </summary>
internal sealed class SubtreeAccessMiddleware(RequestDelegate next, ISubtreeAccess access)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var routeValues = context.Request.RouteValues;
        if (routeValues["year"] is string yearText && routeValues["id"] is string id && RatingYear.TryParse(yearText, out var year))
        {
            var unit = new UnitId(id);
            var writes = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));
            if (await access.DecideAsync(context.User, year, unit, writes, context.RequestAborted) == AccessDecision.Forbidden)
            {
                TokenHolder.TryRead(context.User, out var holder);
                await AccessProblems.Forbidden(holder, year, unit, writes).ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }
}
