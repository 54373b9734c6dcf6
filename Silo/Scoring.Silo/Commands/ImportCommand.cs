using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
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
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, async services =>
        {
            var run = services.GetRequiredService<YearRun>();
            var folder = parseResult.GetValue(input)!;
            var checkedFolder = await CheckAsync(run, folder, parseResult.GetValue(year), cancellationToken);
            if (checkedFolder is null)
            {
                return ExitCodes.BadInput;
            }

            var outcome = await run.DeliverAsync(checkedFolder, progress: null, cancellationToken);
            await ReportAsync(folder, outcome);
            return outcome.Refused.Count > 0 ? ExitCodes.Unfinished : ExitCodes.Success;
        }, cancellationToken, grains: true));
        return command;
    }

    /// <summary>Checks the folder; prints every bad row and returns null when there is any.</summary>
    public static async Task<CheckedFolder?> CheckAsync(YearRun run, string folder, int ratingYear, CancellationToken cancellationToken)
    {
        var checkedFolder = await run.CheckFolderAsync(folder, ratingYear, cancellationToken);
        if (checkedFolder.Import is not null)
        {
            return checkedFolder;
        }

        // Plain lines, one per problem and never wrapped, so they can be read and grepped as file:line: column: reason.
        await Console.Error.WriteLineAsync($"Nothing was imported from {folder}: {checkedFolder.Errors.Count} problem(s).");
        foreach (var error in checkedFolder.Errors)
        {
            await Console.Error.WriteLineAsync(Path.Combine(folder, error.ToString()));
        }

        return null;
    }

    /// <summary>Prints what a delivery changed, and the units that refused their inputs.</summary>
    public static async Task ReportAsync(string folder, ImportOutcome outcome)
    {
        var ratingYear = outcome.Year;
        var tree = outcome.TreeCreated ? "new tree" : outcome.Renamed > 0 ? $"tree unchanged, {outcome.Renamed:N0} renamed" : "tree unchanged";
        AnsiConsole.MarkupLine(
            $"Imported {ratingYear} from {Markup.Escape(folder)}: {outcome.Units:N0} units ({tree}); " +
            $"{outcome.AssessmentsChanged:N0} assessments and {outcome.MemberTalliesChanged:N0} member tallies changed" +
            (outcome.Withdrawn > 0 ? $", {outcome.Withdrawn:N0} withdrawn" : string.Empty) +
            $"; {outcome.Changed.Count:N0} units' figures changed.");
        if (outcome.Refused.Count > 0)
        {
            await Console.Error.WriteLineAsync(
                $"{outcome.Refused.Count:N0} units of {ratingYear} refused their inputs, first {outcome.Refused[0]}; they were set aside as dead mail " +
                $"with their errors (dead-mail --year {ratingYear}). The figures above them are provisional; run the year again once the cause is fixed.");
        }
    }
}
