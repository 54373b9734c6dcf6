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
            "Recompute every roll-up of a year from scratch and compare it with the stored one; exits 1 and names the first differing unit on a mismatch.")
        {
            year,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = await CommandHost.StartAsync(parseResult, cancellationToken);
            var rated = parseResult.GetValue(year);
            var report = await host.Services.GetRequiredService<Reconciler>().ReconcileAsync(rated, cancellationToken);
            if (report is null)
            {
                await Console.Error.WriteLineAsync($"The year {rated} has not been imported into this store.");
                return ExitCodes.UnknownYear;
            }

            if (report.Holds)
            {
                AnsiConsole.MarkupLine($"[green]Reconciled {rated}: all {report.UnitsChecked:N0} roll-ups equal their recomputation.[/]");
                return ExitCodes.Success;
            }

            var unit = report.FirstMismatch is { } mismatch ? $"unit {mismatch}: " : string.Empty;
            await Console.Error.WriteLineAsync($"Reconcile of {rated} failed at {unit}{report.Difference}.");
            return ExitCodes.CheckFailed;
        });
        return command;
    }
}
