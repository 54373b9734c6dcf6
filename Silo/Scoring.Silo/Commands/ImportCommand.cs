using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using Scoring.Import;
using Scoring.Silo.Years;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class ImportCommand
{
    public static Option<string> Input() => new("--input")
    {
        Description = "The year's folder with units.csv and, optionally, assessments.csv and members.csv.",
        Required = true,
    };

    public static Command Create()
    {
        var year = CommonOptions.Year();
        var input = Input();
        var command = new Command(
            "import",
            "Check a year's CSV folder (all or nothing) and deliver its inputs to the year's grains, which roll them up; prints what changed.")
        {
            year,
            input,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var clock = new PhaseClock();
            var folder = parseResult.GetValue(input)!;
            if (await ReadAsync(folder, parseResult.GetValue(year), clock) is not { } import)
            {
                return ExitCodes.BadInput;
            }

            return await CommandHost.RunAsync(parseResult, async services =>
            {
                clock.Done("Started the silo.");
                var run = services.GetRequiredService<YearRun>();
                if (await CheckAsync(run, folder, import, clock, cancellationToken) is not { } checkedFolder)
                {
                    return ExitCodes.BadInput;
                }

                var leaves = await ProgressBar.RunAsync(
                    "Writing new units without children", report => run.PlaceNewLeavesAsync(checkedFolder, ProgressBar.OfUnits(report), cancellationToken));
                var outcome = await ProgressBar.RunAsync(
                    "Rating units (grain turns)", report => run.DeliverAsync(checkedFolder, leaves, ProgressBar.OfUnits(report), cancellationToken));
                clock.Done($"Delivered: {outcome.Placed:N0} new units without children written, {outcome.Turns:N0} grain turns.");
                await ReportAsync(folder, outcome);
                return outcome.Refused.Count > 0 ? ExitCodes.Unfinished : ExitCodes.Success;
            }, cancellationToken, grains: true);
        });
        return command;
    }

    /// <summary>How many changed levels a run lists before it only counts them.</summary>
    public const int LevelChangesShown = 20;

    /// <summary>Reads and checks the folder's files before any store is touched; prints every bad row and returns null when there is any.</summary>
    public static async Task<YearImport?> ReadAsync(string folder, int ratingYear, PhaseClock clock)
    {
        var read = await ProgressBar.RunAsync(
            "Reading and checking the CSV files",
            report => Task.Run(() => YearImporter.ReadFolder(folder, ratingYear, ProgressBar.OfBytes(report))));
        if (read.Import is { } import)
        {
            clock.Done(
                $"Read and validated {folder}: {import.Units.Count:N0} units, {import.Assessments.Count:N0} assessments, " +
                $"{import.Members.Count:N0} member tallies.");
            return import;
        }

        await ReportAsync(folder, read.Errors);
        return null;
    }

    /// <summary>Reads what the year's grains hold before the folder is delivered; prints why not and returns null when it cannot be delivered.</summary>
    public static async Task<CheckedFolder?> CheckAsync(YearRun run, string folder, YearImport import, PhaseClock clock, CancellationToken cancellationToken)
    {
        var checkedFolder = await run.CheckTreeAsync(import, cancellationToken);
        if (checkedFolder.Import is not null)
        {
            clock.Done(checkedFolder.Stored.Count == 0
                ? $"Checked the store: {import.Year} is new."
                : $"Checked the store: {import.Year} has {checkedFolder.Stored.Count:N0} stored units.");
            return checkedFolder;
        }

        await ReportAsync(folder, checkedFolder.Errors);
        return null;
    }

    private static async Task ReportAsync(string folder, IReadOnlyList<ImportError> errors)
    {
        // Plain lines, one per problem and never wrapped, so they can be read and grepped as file:line: column: reason.
        await Console.Error.WriteLineAsync($"Nothing was imported from {folder}: {errors.Count} problem(s).");
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync(Path.Combine(folder, error.ToString()));
        }
    }

    /// <summary>How many units of a year rated before moved to another final level, and the first of them, highest first.</summary>
    private static void WriteLevelChanges(ImportOutcome outcome)
    {
        if (outcome.TreeCreated)
        {
            return;
        }

        var changes = outcome.LevelsChanged;
        var shown = changes.Take(LevelChangesShown).ToArray();
        var names = RuleSets.ForYear(outcome.Year).Names;
        AnsiConsole.MarkupLine(changes.Count == 0
            ? "No unit's final level changed."
            : $"{changes.Count:N0} units' final level changed" + (changes.Count > shown.Length ? $", the first {shown.Length}:" : ":"));
        foreach (var change in shown)
        {
            AnsiConsole.MarkupLine($"  {Markup.Escape(change.Unit.Value)}: {names.Code(change.Before)} → {names.Code(change.After)}");
        }
    }

    /// <summary>Prints what a delivery changed, and the units that refused their inputs.</summary>
    public static async Task ReportAsync(string folder, ImportOutcome outcome)
    {
        var ratingYear = outcome.Year;
        var tree = (outcome.TreeCreated ? "new tree" : outcome.Tree.Any ? $"tree changed: {outcome.Tree}" : "tree unchanged") +
            (outcome.Renamed > 0 ? $", {outcome.Renamed:N0} renamed" : string.Empty);
        AnsiConsole.MarkupLine(
            $"Imported {ratingYear} from {Markup.Escape(folder)}: {outcome.Units:N0} units ({tree}); " +
            $"{outcome.AssessmentsChanged:N0} assessments and {outcome.MemberTalliesChanged:N0} member tallies changed" +
            (outcome.DecisionsChanged > 0 ? $", {outcome.DecisionsChanged:N0} decisions recorded" : string.Empty) +
            (outcome.Withdrawn > 0 ? $", {outcome.Withdrawn:N0} withdrawn" : string.Empty) +
            $"; {outcome.Changed.Count:N0} units' figures changed.");
        WriteLevelChanges(outcome);
        if (outcome.Refused.Count > 0)
        {
            await Console.Error.WriteLineAsync(
                $"{outcome.Refused.Count:N0} units of {ratingYear} refused their inputs, first {outcome.Refused[0]}; they were set aside as dead mail " +
                $"with their errors (dead-mail --year {ratingYear}). The figures above them are provisional; run the year again once the cause is fixed.");
        }
    }
}
