using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Silo.Storage;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class DeadMailCommand
{
    public static Command Create()
    {
        var year = CommonOptions.Year(rated: false);
        var command = new Command(
            "dead-mail",
            "List the units of a year that refused their inputs in the last run, with the error for each. Once the cause is fixed, run the year again: a run delivers every input anew.")
        {
            year,
        };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, async services =>
        {
            var ratingYear = parseResult.GetValue(year);
            var letters = await services.GetRequiredService<IScoringStore>().ListDeadMailAsync(ratingYear, cancellationToken);
            var table = new Table().Border(TableBorder.Rounded).Title($"Dead mail of {ratingYear}: {letters.Count:N0}");
            table.AddColumns("Id", "Unit", "Delivered", "Set aside", "Error");
            foreach (var letter in letters)
            {
                table.AddRow(
                    letter.Id.ToString(), Markup.Escape(letter.Unit.Value), Markup.Escape(letter.Kind), letter.FailedAt.ToString("u"), Markup.Escape(letter.Error));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        }, cancellationToken, writes: false));
        return command;
    }
}
