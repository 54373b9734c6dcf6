using System.CommandLine;
using System.Globalization;
using Scoring.Grains.Rules;

namespace Scoring.Silo.Commands;

/// <summary>The options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Store { get; } = new("--store")
    {
        Description = "The store: a SQLite file path, or a connection string. Defaults to ConnectionStrings:scoring (data/scoring.db).",
        Recursive = true,
    };

    /// <param name="rated">
    /// Whether the year is one to rate now, and so must have a supported regime; a year to read from the store need
    /// only be a number, and a year the store lacks is unknown (exit 3) whatever its regime.
    /// </param>
    /// <summary>Who records a change, as the unit's trail will show it; <paramref name="what"/> says what is recorded.</summary>
    public static Option<string> By(string what) => new("--by")
    {
        Description = $"Who {what}, as the unit's trail will show it (default: the user running the command).",
        DefaultValueFactory = _ => Environment.UserName,
    };

    public static Option<int> Year(bool rated = true) => new("--year")
    {
        Description = rated
            ? "The rating year; it picks the rule regime (R2014 for 2014–2017, R2019 for 2018–2022, R2023 for 2023–2024, R2025 from 2025)."
            : "The rating year to read from the store.",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                result.AddError($"--year '{text}' is not a year: give the rating year as a number, such as 2024.");
                return 0;
            }

            if (rated && !RuleSets.TryForYear(year, out _))
            {
                result.AddError($"--year {RuleSets.Unsupported(year)}.");
            }

            return year;
        },
    };
}
