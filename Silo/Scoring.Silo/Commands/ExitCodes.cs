namespace Scoring.Silo.Commands;

/// <summary>What the commands return, so scripts can tell a bad input from a failed check.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>reconcile found a roll-up that differs from its recomputation.</summary>
    public const int CheckFailed = 1;

    /// <summary>A bad file, option, setting or store location: nothing was done.</summary>
    public const int BadInput = 2;

    public const int UnknownYear = 3;

    /// <summary>The year is not finished: mail is still waiting, or this run set some aside as dead mail.</summary>
    public const int Unfinished = 4;

    /// <summary>The store failed underneath the command (a grain that cannot turn, a file that cannot be written).</summary>
    public const int StoreFailed = 5;

    /// <summary>The store names a cluster, and no silo of it answers.</summary>
    public const int NoCluster = 6;
}
