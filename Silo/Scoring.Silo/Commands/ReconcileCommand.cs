using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Silo.Years;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class ReconcileCommand
{
    public static Command Create()
    {
        var year = CommonOptions.Year();
        var command = new Command(
            "reconcile",
            "Recompute every roll-up of a finished year from scratch and compare it with the stored one; exits 1 and names the first differing unit on a mismatch, 4 while the year still has mail waiting.")
        {
            year,
        };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, async services =>
        {
            var ratingYear = parseResult.GetValue(year);
            var report = await services.GetRequiredService<Reconciler>().ReconcileAsync(ratingYear, cancellationToken);
            if (report is null)
            {
                await Console.Error.WriteLineAsync($"The year {ratingYear} has not been imported into this store.");
                return ExitCodes.UnknownYear;
            }

            if (report.StillRunning)
            {
                await Console.Error.WriteLineAsync(
                    $"{ratingYear} is still running: {report.MailWaiting:N0} messages are waiting. Run it to the end (run-year, or a running Gateway) and reconcile again.");
                return ExitCodes.Unfinished;
            }

            if (report.Holds)
            {
                AnsiConsole.MarkupLine($"[green]Reconciled {ratingYear}: all {report.UnitsChecked:N0} roll-ups equal their recomputation.[/]");
                if (report.DeadMail > 0)
                {
                    await Console.Error.WriteLineAsync(
                        $"{report.DeadMail:N0} messages of {ratingYear} are dead mail: the roll-ups hold for the inputs the units took, not for those.");
                }

                return ExitCodes.Success;
            }

            await Console.Error.WriteLineAsync($"Reconcile of {ratingYear} failed at unit {report.FirstMismatch}: {report.Difference}.");
            return ExitCodes.CheckFailed;
        }, cancellationToken, writes: false));
        return command;
    }
}
