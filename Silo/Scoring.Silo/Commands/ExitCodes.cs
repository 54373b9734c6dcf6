namespace Scoring.Silo.Commands;

/// <summary>What the commands return, so scripts can tell a bad input from a failed check.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int CheckFailed = 1;
    public const int BadInput = 2;
    public const int UnknownYear = 3;
}
