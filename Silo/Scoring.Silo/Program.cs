using Scoring.Silo.Commands;
using Spectre.Console;

namespace Scoring.Silo;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            // Logs and files get plain text at a width that keeps the summary table whole.
            AnsiConsole.Profile.Capabilities.Ansi = false;
            AnsiConsole.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 132);
        }

        return await SiloCommandLine.RunAsync(args);
    }
}
