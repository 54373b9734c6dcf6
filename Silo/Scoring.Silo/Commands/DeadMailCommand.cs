using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Silo.Storage;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class DeadMailCommand
{
    public static Command Create()
    {
        var year = CommonOptions.Year();
        var requeue = new Option<bool>("--requeue")
        {
            Description = "Put the dead mail back in its units' mailboxes (after fixing what refused it); run the year again to deliver it.",
        };
        var command = new Command("dead-mail", "List the messages of a year that no unit could take, with the error for each; --requeue sends them again.")
        {
            year,
            requeue,
        };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, async services =>
        {
            var store = services.GetRequiredService<IGrainStore>();
            var ratingYear = parseResult.GetValue(year);
            if (parseResult.GetValue(requeue))
            {
                var requeued = await store.RequeueDeadMailAsync(ratingYear, cancellationToken);
                AnsiConsole.MarkupLine(
                    $"{requeued:N0} messages of {ratingYear} went back to their units' mailboxes; run the year (run-year with the same folder, or a running Gateway) to deliver them.");
            }

            var letters = await store.ListDeadMailAsync(ratingYear, cancellationToken);
            var table = new Table().Border(TableBorder.Rounded).Title($"Dead mail of {ratingYear}: {letters.Count:N0}");
            table.AddColumns("Id", "Unit", "Kind", "Set aside", "Error");
            foreach (var letter in letters)
            {
                table.AddRow(
                    letter.Id.ToString(), Markup.Escape(letter.Unit.Value), letter.Kind, letter.FailedAt.ToString("u"), Markup.Escape(letter.Error));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        }, cancellationToken, writes: false));
        return command;
    }
}
