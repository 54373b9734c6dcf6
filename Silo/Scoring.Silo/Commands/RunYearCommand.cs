using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Silo.Runtime;
using Scoring.Silo.Storage;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class RunYearCommand
{
    public static Command Create()
    {
        var year = CommonOptions.Year();
        var input = ImportCommand.Input();
        var command = new Command(
            "run-year",
            "Import a year's CSV folder, run the year until every grain's mail has been delivered, and print the city's roll-up.")
        {
            year,
            input,
        };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, async services =>
        {
            var started = Stopwatch.GetTimestamp();
            var ratingYear = parseResult.GetValue(year);
            var imported = await ImportCommand.RunAsync(services, parseResult.GetValue(input)!, ratingYear, cancellationToken);
            if (!imported.Succeeded)
            {
                return ExitCodes.BadInput;
            }

            var drained = await DrainWithProgressAsync(services.GetRequiredService<TurnExecutor>(), ratingYear, imported.Units, cancellationToken);
            var store = services.GetRequiredService<IGrainStore>();
            var root = await store.FindRootAsync(ratingYear, cancellationToken)
                ?? throw new InvalidOperationException($"The year {ratingYear} has no root after its import.");
            SummaryTable.Write(AnsiConsole.Console, root);

            var elapsed = Stopwatch.GetElapsedTime(started);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            AnsiConsole.MarkupLine(
                $"Ran {ratingYear}: {drained.GrainsTurned:N0} grain turns, {drained.MailDelivered:N0} messages in {drained.Batches:N0} batches; " +
                $"took {elapsed.TotalSeconds:0.0} s, peak memory {peak:N0} MiB.");

            if (drained.MailRejected == 0)
            {
                return ExitCodes.Success;
            }

            await Console.Error.WriteLineAsync(
                $"{drained.MailRejected:N0} messages of {ratingYear} could not be delivered and were set aside as dead mail with their errors " +
                "(the dead_mail table; status counts it). The figures stand without them.");
            return ExitCodes.Unfinished;
        }, cancellationToken));
        return command;
    }

    private static async Task<DrainProgress> DrainWithProgressAsync(TurnExecutor executor, int ratingYear, int units, CancellationToken cancellationToken)
    {
        var drained = DrainProgress.None;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                // Deepest level first, every unit with mail turns once: the turns count up to the year's units.
                var task = context.AddTask("Rating units (grain turns)", maxValue: Math.Max(units, 1));
                drained = await executor.DrainAsync(
                    ratingYear,
                    new InlineProgress<DrainProgress>(p => task.Value = Math.Min(p.GrainsTurned, task.MaxValue)),
                    cancellationToken);
                task.Value = task.MaxValue;
            });
        return drained;
    }
}
