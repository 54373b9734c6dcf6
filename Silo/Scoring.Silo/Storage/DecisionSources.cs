namespace Scoring.Silo.Storage;

/// <summary>The ways a decision reaches a unit, as its audit trail names them.</summary>
public static class DecisionSources
{
    public const string Import = "import";
    public const string Api = "api";
    public const string Command = "decide";
}
