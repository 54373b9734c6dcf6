using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Silo.Years;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class ReconcileCommand
{
    public static Command Create()
    {
        var year = CommonOptions.Year(rated: false);
        var command = new Command(
            "reconcile",
            "Recompute every roll-up of a year from its stored inputs alone and compare it with what each unit stored from its children's reports; exits 1 and names the first differing unit and the counts that differ.")
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

            if (report.Holds)
            {
                AnsiConsole.MarkupLine($"[green]Reconciled {ratingYear}: all {report.UnitsChecked:N0} roll-ups equal their recomputation.[/]");
                if (report.DeadMail > 0)
                {
                    await Console.Error.WriteLineAsync(
                        $"{report.DeadMail:N0} units of {ratingYear} have dead mail: the roll-ups hold for the inputs the units took, not for those.");
                }

                return ExitCodes.Success;
            }

            await Console.Error.WriteLineAsync($"Reconcile of {ratingYear} failed at unit {report.FirstMismatch}: {report.Difference}.");
            return ExitCodes.CheckFailed;
        }, cancellationToken, writes: false));
        return command;
    }
}
