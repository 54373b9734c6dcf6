using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;

namespace Scoring.Gateway.Api;

/// <summary>Finding units by id or name, among those the request may see.</summary>
public static class SearchApi
{
    public const string SearchOperation = "SearchUnits";

    public const int DefaultLimit = 20;

    public const int MaxLimit = 100;

    public const int MaxQueryLength = 100;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        var year = routes.MapGroup("/api/v1/years/{year}").WithTags("Units");
        year.MapGet("/units", SearchAsync)
            .WithName(SearchOperation)
            .WithSummary($"Units whose id or name holds q, ignoring case and diacritics (\"phuong dong\" finds \"Phường Đông\"): an id equal to q first, then ids starting with it, names with a word starting with it, and the rest; nearer the root first within each; only units in the subtree of the token. At most limit ({DefaultLimit} unless asked, 1 to {MaxLimit}).")
            .Produces<IReadOnlyList<UnitRecord>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> SearchAsync(
        string year, string? q, string? limit, UnitDirectory directory, IUnitSearchFilter filter, IScoringStore store, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!RatingYear.TryParse(year, out var ratingYear))
        {
            return Problems.NotAYear(year);
        }

        var errors = new Dictionary<string, string[]>();
        var text = SearchText.Fold(q ?? "");
        if (text.Length == 0 || q!.Length > MaxQueryLength)
        {
            errors["q"] = [$"Give part of a unit's id or name to look for, 1 to {MaxQueryLength} characters."];
        }

        var take = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"'{limit}' is not a limit: use a whole number of units from 1 to {MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Not a search");
        }

        var units = await directory.UnitsAsync(ratingYear, cancellationToken);
        if (units.Count == 0 && await Problems.UnknownYearAsync(store, ratingYear, "year", cancellationToken) is { } unknown)
        {
            return unknown;
        }

        var found = units
            .Select(entry => (entry, rank: Rank(entry, text)))
            .Where(match => match.rank is not null && filter.MayFind(context, match.entry.Unit, match.entry.Ancestors))
            .OrderBy(match => match.rank) // stable: nearer the root first within a rank
            .Take(take)
            .Select(match => match.entry.Unit)
            .ToList();
        return TypedResults.Ok(found);
    }

    /// <summary>How well a unit matches: 0 its id is the text, 1 its id starts with it, 2 a word of its name does, 3 either holds it.</summary>
    private static int? Rank(UnitDirectory.Entry entry, string text)
    {
        if (entry.FoldedId == text)
        {
            return 0;
        }

        if (entry.FoldedId.StartsWith(text, StringComparison.Ordinal))
        {
            return 1;
        }

        var inName = entry.FoldedName.IndexOf(text, StringComparison.Ordinal);
        if (inName == 0 || (inName > 0 && entry.FoldedName[inName - 1] == ' '))
        {
            return 2;
        }

        return inName > 0 || entry.FoldedId.Contains(text, StringComparison.Ordinal) ? 3 : null;
    }
}
