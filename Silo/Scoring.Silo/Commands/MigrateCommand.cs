using System.CommandLine;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create the store, or bring its schema up to date.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = await CommandHost.StartAsync(parseResult, cancellationToken);
            AnsiConsole.MarkupLine("The store is up to date.");
            return ExitCodes.Success;
        });
        return command;
    }
}
