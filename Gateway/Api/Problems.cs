using Microsoft.AspNetCore.Http.HttpResults;

namespace Scoring.Gateway.Api;

/// <summary>The ProblemDetails the API answers with when it cannot give what was asked.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: title);
}
