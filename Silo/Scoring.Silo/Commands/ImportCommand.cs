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
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = await CommandHost.StartAsync(parseResult, cancellationToken);
            var outcome = await RunAsync(host.Services, parseResult.GetValue(input)!, parseResult.GetValue(year), cancellationToken);
            return outcome.Succeeded ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    /// <summary>Imports and prints what happened: every bad row, or the counts.</summary>
    public static async Task<ImportOutcome> RunAsync(IServiceProvider services, string folder, int year, CancellationToken cancellationToken)
    {
        var outcome = await services.GetRequiredService<ImportService>().ImportFolderAsync(folder, year, cancellationToken);
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

        AnsiConsole.MarkupLine(
            $"Imported {year} from {Markup.Escape(folder)}: {outcome.Units:N0} units " +
            (outcome.TreeCreated ? "(new tree)" : "(tree unchanged)") +
            $", {outcome.AssessmentsSent:N0} assessments and {outcome.MemberTalliesSent:N0} member tallies sent.");
        return outcome;
    }
}
