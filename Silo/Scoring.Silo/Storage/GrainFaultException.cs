namespace Scoring.Silo.Storage;

/// <summary>
/// A grain that cannot turn at all, whatever its mail: its stored state is unreadable or not its own, or its turn
/// fails even with no mail. The batch rolls back and the mail stays, since the fault is the grain's, not the mail's.
/// </summary>
public sealed class GrainFaultException(int year, string unit, string problem, Exception? inner = null)
    : Exception($"The grain of unit '{unit}' in {year} cannot turn: {problem}", inner)
{
    public int Year { get; } = year;

    public string Unit { get; } = unit;
}
