namespace Scoring.Silo.Storage;

/// <summary>The ways a correction reaches a unit, as its audit trail names them.</summary>
public static class CorrectionSources
{
    public const string Api = "api";
    public const string Command = "submit";
}
