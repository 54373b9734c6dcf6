using System.Diagnostics;
using Spectre.Console;

namespace Scoring.Silo.Commands;

/// <summary>
/// Prints one line as each phase of a long command ends (reading, starting the silo, checking, rating), with the
/// time the phase took, so an operator watching a national run sees where it is and where the time goes.
/// </summary>
internal sealed class PhaseClock
{
    private readonly long started = Stopwatch.GetTimestamp();
    private long phaseStarted = Stopwatch.GetTimestamp();

    /// <summary>Since the command started.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(started);

    /// <summary>Ends the current phase with a line saying what it did and how long it took, and starts the next.</summary>
    public void Done(string what)
    {
        var now = Stopwatch.GetTimestamp();
        AnsiConsole.MarkupLine($"{Markup.Escape(what)} [grey]({Stopwatch.GetElapsedTime(phaseStarted, now).TotalSeconds:0.00} s)[/]");
        phaseStarted = now;
    }
}
