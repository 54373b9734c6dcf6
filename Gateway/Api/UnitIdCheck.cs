namespace Scoring.Gateway.Api;

/// <summary>
/// Refuses a unit id that no units.csv can hold (a control character, which an address can carry
/// percent-encoded) with a 400 naming the <c>id</c> field, before any grain is asked for it. (A NUL never gets here:
/// ASP.NET Core refuses a path that decodes to one.)
/// </summary>
internal sealed class UnitIdCheck : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Request.RouteValues["id"] is string id && id.Any(char.IsControl))
        {
            return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["id"] = ["A unit id cannot hold control characters (such as a tab or a line feed)."] },
                title: "Not a unit id"));
        }

        return next(context);
    }
}
