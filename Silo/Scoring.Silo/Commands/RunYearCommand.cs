using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Scoring.GrainInterfaces;
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
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var host = await CommandHost.StartAsync(parseResult, cancellationToken);
            var services = host.Services;
            var rated = parseResult.GetValue(year);
            var imported = await ImportCommand.RunAsync(services, parseResult.GetValue(input)!, rated, cancellationToken);
            if (!imported.Succeeded)
            {
                return ExitCodes.BadInput;
            }

            var drained = await DrainWithProgressAsync(services.GetRequiredService<TurnExecutor>(), imported.Units, cancellationToken);
            var store = services.GetRequiredService<IGrainStore>();
            var root = await FindRootAsync(store, rated, cancellationToken);
            SummaryTable.Write(AnsiConsole.Console, root);

            var elapsed = Stopwatch.GetElapsedTime(started);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            AnsiConsole.MarkupLine(
                $"Ran {rated}: {drained.GrainsTurned:N0} grain turns, {drained.MailDelivered:N0} messages in {drained.Batches:N0} batches; " +
                $"took {elapsed.TotalSeconds:0.0} s, peak memory {peak:N0} MiB.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<DrainProgress> DrainWithProgressAsync(TurnExecutor executor, int units, CancellationToken cancellationToken)
    {
        DrainProgress drained = new(0, 0, 0);
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Rating units (grain turns)", maxValue: Math.Max(units, 1));
                drained = await executor.DrainAsync(
                    new InlineProgress<DrainProgress>(p => task.Value = Math.Min(p.GrainsTurned, task.MaxValue)),
                    cancellationToken);
                task.Value = task.MaxValue;
            });
        return drained;
    }

    private static async Task<UnitSummary> FindRootAsync(IGrainStore store, int year, CancellationToken cancellationToken)
    {
        await foreach (var summary in store.ReadSummariesAsync(year, cancellationToken))
        {
            return summary;
        }

        throw new InvalidOperationException($"The year {year} has no units.");
    }
}
