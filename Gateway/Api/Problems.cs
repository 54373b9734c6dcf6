using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.Silo.Storage;

namespace Scoring.Gateway.Api;

/// <summary>The ProblemDetails the API answers with when it cannot give what was asked.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: title);

    public static ProblemHttpResult NotAYear(string year) =>
        TypedResults.Problem(
            detail: $"'{year}' is not a year: use the rating year's four digits, such as 2024.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Not a year");

    public static async Task<ProblemHttpResult> NotFoundAsync(IScoringStore store, int year, string id, CancellationToken cancellationToken)
    {
        var years = await store.ListYearsAsync(cancellationToken);
        return years.Contains(year)
            ? NotFound("Unknown unit", $"The tree of {year} has no unit '{id}'.")
            : NotFound("Unknown year", $"The year {year} has not been imported. Years available: {Describe(years)}.");
    }

    /// <summary>
    /// A 404 naming the query <paramref name="field"/> when <paramref name="year"/> has not been imported; null when it
    /// has.
    /// </summary>
    public static async Task<ProblemHttpResult?> UnknownYearAsync(IScoringStore store, int year, string field, CancellationToken cancellationToken)
    {
        var years = await store.ListYearsAsync(cancellationToken);
        return years.Contains(year)
            ? null
            : NotFound("Unknown year", $"The year {year} named by {field} has not been imported. Years available: {Describe(years)}.");
    }

    private static string Describe(IReadOnlyList<int> years) => years.Count == 0 ? "none" : string.Join(", ", years);
}
