using Microsoft.AspNetCore.Http.HttpResults;

namespace Scoring.Gateway.Api;

/// <summary>The ProblemDetails the API answers with when it cannot give what was asked.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: title);

    public static ProblemHttpResult NotAYear(string year) =>
        TypedResults.Problem(
            detail: $"'{year}' is not a year: use the rating year as a number, such as 2024.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Not a year");
}
