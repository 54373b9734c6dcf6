using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Silo.Years;

namespace Scoring.Silo.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var year = CommonOptions.Year();
        var output = new Option<string?>("--out")
        {
            Description = "The file to write; standard output when left out.",
        };
        var command = new Command(
            "export",
            "Write a year as JSON Lines, one unit per line: unit, year, kind, level, reasons, members, subtree, direct.")
        {
            year,
            output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = await CommandHost.StartAsync(parseResult, cancellationToken);
            var exporter = host.Services.GetRequiredService<YearExporter>();
            var rated = parseResult.GetValue(year);
            int lines;
            if (parseResult.GetValue(output) is { } path)
            {
                await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
                lines = await exporter.ExportAsync(rated, file, cancellationToken);
            }
            else
            {
                lines = await exporter.ExportAsync(rated, Console.Out, cancellationToken);
            }

            if (lines == 0)
            {
                await Console.Error.WriteLineAsync($"The year {rated} has not been imported into this store.");
                return ExitCodes.UnknownYear;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
