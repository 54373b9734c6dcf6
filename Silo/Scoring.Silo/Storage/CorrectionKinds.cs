namespace Scoring.Silo.Storage;

/// <summary>The inputs a correction replaces, as its audit trail names them.</summary>
public static class CorrectionKinds
{
    public const string Assessment = "assessment";
    public const string Members = "members";
}
