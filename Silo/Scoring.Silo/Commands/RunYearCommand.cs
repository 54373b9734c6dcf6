using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Scoring.GrainInterfaces;
using Scoring.Import;
using Scoring.Silo.Years;
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
            "Check a year's CSV folder, deliver it to the year's grains deepest level first with a progress bar, and print the root's roll-up, the time and the peak memory.")
        {
            year,
            input,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var clock = new PhaseClock();
            var ratingYear = parseResult.GetValue(year);
            var folder = parseResult.GetValue(input)!;
            return await ImportCommand.ReadAsync(folder, ratingYear, clock) is not { } import
                ? ExitCodes.BadInput
                : await CommandHost.RunAsync(parseResult, services => RunAsync(services, folder, import, clock, cancellationToken), cancellationToken, grains: true);
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string folder, YearImport import, PhaseClock clock, CancellationToken cancellationToken)
    {
        clock.Done("Started the silo.");
        var ratingYear = import.Year;
        var run = services.GetRequiredService<YearRun>();
        if (await ImportCommand.CheckAsync(run, folder, import, clock, cancellationToken) is not { } checkedFolder)
        {
            return ExitCodes.BadInput;
        }

        var outcome = await DeliverWithProgressAsync(run, checkedFolder, cancellationToken);
        clock.Done($"Rated {ratingYear}: {outcome.Turns:N0} grain turns.");
        await ImportCommand.ReportAsync(folder, outcome);

        if (await services.GetRequiredService<IGrainFactory>()
                .GetGrain<IOrganizationGrain>(OrganizationKey.Of(ratingYear, outcome.Root!.Value))
                .GetSummaryAsync() is { } root)
        {
            SummaryTable.Write(AnsiConsole.Console, root);
        }
        else
        {
            await Console.Error.WriteLineAsync($"The root {outcome.Root} of {ratingYear} has no report yet: it was set aside as dead mail.");
        }

        var elapsed = clock.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        AnsiConsole.MarkupLine(
            $"Ran {ratingYear}: {outcome.Turns:N0} grain turns, {outcome.Changed.Count:N0} units changed; " +
            $"took {elapsed.TotalSeconds:0.0} s, peak memory {peak:N0} MiB.");
        return outcome.Refused.Count == 0 ? ExitCodes.Success : ExitCodes.Unfinished;
    }

    private static async Task<ImportOutcome> DeliverWithProgressAsync(YearRun run, CheckedFolder folder, CancellationToken cancellationToken)
    {
        ImportOutcome? outcome = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                // Deepest level first, every unit turns once: the turns count up to the year's units.
                var task = context.AddTask("Rating units (grain turns)", maxValue: Math.Max(folder.Import!.Units.Count, 1));
                outcome = await run.DeliverAsync(
                    folder, new InlineProgress<DeliveryProgress>(p => task.Value = p.Delivered), cancellationToken);
                task.Value = task.MaxValue;
            });
        return outcome!;
    }
}
