using System.ComponentModel.DataAnnotations;

namespace Scoring.Silo.Years;

/// <summary>How a year run treats a unit whose call fails underneath it (a silo died, the database restarted).</summary>
public sealed class YearRunOptions
{
    public const string SectionName = "YearRun";

    /// <summary>How long after a unit's first failed call it is still called again before its inputs are set aside as dead mail.</summary>
    [Range(0, 3_600)]
    public int GiveUpAfterSeconds { get; set; } = 120;

    /// <summary>The pause before the second call; each later pause doubles, up to <see cref="LongestDelayMilliseconds"/>.</summary>
    [Range(1, 60_000)]
    public int FirstDelayMilliseconds { get; set; } = 250;

    [Range(1, 300_000)]
    public int LongestDelayMilliseconds { get; set; } = 5_000;

    /// <summary>The pause before attempt <paramref name="attempt"/> + 1, counting from 1.</summary>
    public TimeSpan DelayAfter(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min((double)FirstDelayMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30)), LongestDelayMilliseconds));
}
