using System.CommandLine;

namespace Scoring.Silo.Commands;

/// <summary>The silo's command line: the operator's tools for a store.</summary>
public static class SiloCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Scoring silo: rates every party organization of a year and rolls the results up the tree.")
        {
            MigrateCommand.Create(),
            SiloCommand.Create(),
            GenerateCommand.Create(),

            ImportCommand.Create(),
            RunYearCommand.Create(),
            SubmitCommand.Create(),
            DecideCommand.Create(),
            ReconcileCommand.Create(),
            ExportCommand.Create(),
            StatusCommand.Create(),
            DeadMailCommand.Create(),
            TokenCommand.Create(),
        };
        root.Options.Add(CommonOptions.Store);
        return root;
    }

    /// <summary>Runs a command line: a mistake in it is one line per problem and exit code 2, not a page of help.</summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var parsed = Create().Parse(args);
        if (parsed.Errors.Count == 0)
        {
            return await parsed.InvokeAsync(cancellationToken: cancellationToken);
        }

        foreach (var error in parsed.Errors)
        {
            await Console.Error.WriteLineAsync(error.Message);
        }

        await Console.Error.WriteLineAsync("See --help for the commands and their options.");
        return ExitCodes.BadInput;
    }
}
