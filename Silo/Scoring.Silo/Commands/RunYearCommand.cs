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
            // The folder is read while the services are built; the store is touched only once it has passed.
            var reading = Task.Run(() => ImportCommand.ReadAsync(folder, ratingYear, clock), cancellationToken);
            Task<FirstPass?>? firstPass = null;
            return await CommandHost.RunAsync(
                parseResult,
                async services => await firstPass! is { } pass ? await RunAsync(services, folder, pass, clock, cancellationToken) : ExitCodes.BadInput,
                cancellationToken,
                grains: true,
                inputChecked: PassedAsync(reading),
                // The new units without children need no grain: they are written while the silo starts.
                whileStarting: (services, storeIsOurs, stops) =>
                    firstPass = PlaceNewLeavesAsync(services.GetRequiredService<YearRun>(), folder, reading.Result!, clock, storeIsOurs, stops));
        });
        return command;
    }

    private static async Task<bool> PassedAsync(Task<YearImport?> reading) => await reading is not null;

    /// <summary>The store checked, and the new units without children written: what the grains' part of the run starts from.</summary>
    private sealed record FirstPass(CheckedFolder Folder, LeafPlacement Leaves);

    private static async Task<FirstPass?> PlaceNewLeavesAsync(
        YearRun run, string folder, YearImport import, PhaseClock clock, Task storeIsOurs, CancellationToken cancellationToken)
    {
        if (await ImportCommand.CheckAsync(run, folder, import, clock, cancellationToken) is not { } checkedFolder)
        {
            return null;
        }

        // Nothing is written before the store is this process's: a second run of the same file, or a cluster that does
        // not answer, leaves it as it was.
        await storeIsOurs.WaitAsync(cancellationToken);

        var leaves = await ProgressBar.RunAsync(
            "Writing new units without children", report => run.PlaceNewLeavesAsync(checkedFolder, ProgressBar.OfUnits(report), cancellationToken));
        clock.Done(leaves.Reports.Count == 0
            ? "No new units without children to write."
            : $"Wrote {leaves.Reports.Count:N0} new units without children (cells, mostly) straight to the store, with the grains' own turn.");
        return new FirstPass(checkedFolder, leaves);
    }

    private static async Task<int> RunAsync(IServiceProvider services, string folder, FirstPass pass, PhaseClock clock, CancellationToken cancellationToken)
    {
        clock.Done("The grains' silo is ready.");
        var ratingYear = pass.Folder.Import!.Year;
        var run = services.GetRequiredService<YearRun>();
        // Deepest level first, every unit once: the count starts at the units already written and goes up to the year's units.
        var outcome = await ProgressBar.RunAsync(
            "Rating units (grain turns)", report => run.DeliverAsync(pass.Folder, pass.Leaves, ProgressBar.OfUnits(report), cancellationToken));
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
            $"Ran {ratingYear}: {outcome.Placed:N0} new units without children written, {outcome.Turns:N0} grain turns, {outcome.Changed.Count:N0} units changed; " +
            $"took {elapsed.TotalSeconds:0.0} s, peak memory {peak:N0} MiB.");
        return outcome.Refused.Count == 0 ? ExitCodes.Success : ExitCodes.Unfinished;
    }
}
