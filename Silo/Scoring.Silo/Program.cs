using Scoring.Silo.Commands;
using Spectre.Console;

namespace Scoring.Silo;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Redirected output (CI logs, files) reports a narrow console; keep the summary table readable there.
        AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 132);
        return await SiloCommandLine.Create().Parse(args).InvokeAsync();
    }
}
