using Orleans;

namespace Scoring.GrainInterfaces;

/// <summary>
/// A unit refused its mail: the mail cannot be taken whatever is tried again (a report from a unit that is not its
/// child, mail before its placement, a move), or its stored state is not its own. Anything else that fails a turn is
/// the infrastructure's, and worth another attempt.
/// </summary>
[GenerateSerializer, Alias("scoring.unit-refused")]
public sealed class UnitRefusedException : InvalidOperationException
{
    public UnitRefusedException()
    {
    }

    public UnitRefusedException(string message)
        : base(message)
    {
    }

    public UnitRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
