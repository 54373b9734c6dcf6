using System.ComponentModel.DataAnnotations;

namespace Scoring.Silo.Access;

/// <summary>How long the tokens the token command issues may live.</summary>
public sealed class AccessTokenOptions
{
    public const string SectionName = "AccessTokens";

    /// <summary>The longest lifetime a token can be issued with, in hours (a year's rating season by default).</summary>
    [Range(1, 24 * 366)]
    public int MaxHours { get; set; } = 24 * 90;
}
