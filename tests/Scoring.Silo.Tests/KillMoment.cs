namespace Scoring.Silo.Tests;

/// <summary>When in a run the test kills a silo, by the grains rows that exist in PostgreSQL then.</summary>
public enum KillMoment
{
    /// <summary>As soon as the first grains row exists.</summary>
    Early,

    /// <summary>Once about half of the city's rows exist.</summary>
    Midway,

    /// <summary>Once about 95% of them exist.</summary>
    Late,
}
