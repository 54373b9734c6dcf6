using System.Globalization;

namespace Scoring.Gateway.Api;

/// <summary>
/// Which children a page asks for: <c>offset</c> children skipped, at most <c>limit</c> given. Both are plain digits;
/// limit 0 is allowed and answers only the total.
/// </summary>
internal readonly record struct PageRequest(int Offset, int Limit)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 1000;

    /// <summary>Reads the query's offset and limit, or says what is wrong with each, keyed by the query field's name.</summary>
    public static bool TryRead(string? offset, string? limit, out PageRequest page, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (!TryReadCount(offset, 0, out var skip))
        {
            errors["offset"] = [$"'{offset}' is not an offset: use a whole number of children to skip, 0 or more."];
        }

        if (!TryReadCount(limit, DefaultLimit, out var take) || take > MaxLimit)
        {
            errors["limit"] = [$"'{limit}' is not a limit: use a whole number of children from 0 to {MaxLimit}."];
        }

        page = new PageRequest(skip, take);
        return errors.Count == 0;
    }

    // Digits only, as the year is read: no sign, no spaces, no decimal point, nothing beyond int.MaxValue.
    private static bool TryReadCount(string? text, int absent, out int count)
    {
        if (text is null)
        {
            count = absent;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }
}
