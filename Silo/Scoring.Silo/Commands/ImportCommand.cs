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
        var command = new Command("import", "Import a year's CSV folder and queue its inputs, without running the year.") { year, input };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, async services =>
        {
            var outcome = await RunAsync(services, parseResult.GetValue(input)!, parseResult.GetValue(year), cancellationToken);
            return outcome.Succeeded ? ExitCodes.Success : ExitCodes.BadInput;
        }, cancellationToken));
        return command;
    }

    /// <summary>Imports and prints what happened: every bad row, or the counts.</summary>
    public static async Task<ImportOutcome> RunAsync(IServiceProvider services, string folder, int ratingYear, CancellationToken cancellationToken)
    {
        var outcome = await services.GetRequiredService<ImportService>().ImportFolderAsync(folder, ratingYear, cancellationToken);
        if (!outcome.Succeeded)
        {
            // Plain lines, one per problem and never wrapped, so they can be read and grepped as file:line: column: reason.
            await Console.Error.WriteLineAsync($"Nothing was imported from {folder}: {outcome.Errors.Count} problem(s).");
            foreach (var error in outcome.Errors)
            {
                await Console.Error.WriteLineAsync(Path.Combine(folder, error.ToString()));
            }

            return outcome;
        }

        var tree = outcome.TreeCreated ? "new tree" : outcome.Renamed > 0 ? $"tree unchanged, {outcome.Renamed:N0} renamed" : "tree unchanged";
        AnsiConsole.MarkupLine(
            $"Imported {ratingYear} from {Markup.Escape(folder)}: {outcome.Units:N0} units ({tree}); " +
            $"{outcome.AssessmentsSent:N0} assessments and {outcome.MemberTalliesSent:N0} member tallies sent" +
            (outcome.Withdrawn > 0 ? $", {outcome.Withdrawn:N0} withdrawn." : "."));
        return outcome;
    }
}
