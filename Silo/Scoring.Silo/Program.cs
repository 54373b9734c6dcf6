using Scoring.Silo.Commands;
using Spectre.Console;

// Redirected output (CI logs, files) reports a narrow console; keep the summary table readable there.
AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 132);
return await SiloCommandLine.Create().Parse(args).InvokeAsync();
