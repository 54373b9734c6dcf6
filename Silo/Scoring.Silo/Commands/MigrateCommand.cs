using System.CommandLine;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create the store, or bring its schema up to date.");
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, _ =>
        {
            AnsiConsole.MarkupLine("The store is up to date.");
            return Task.FromResult(ExitCodes.Success);
        }, cancellationToken));
        return command;
    }
}
