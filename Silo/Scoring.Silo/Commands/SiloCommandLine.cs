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
            GenerateCommand.Create(),

            ImportCommand.Create(),
            RunYearCommand.Create(),
            ReconcileCommand.Create(),
            ExportCommand.Create(),
            StatusCommand.Create(),
        };
        root.Options.Add(CommonOptions.Store);
        return root;
    }
}
