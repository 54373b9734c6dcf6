using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Scoring.Silo.Storage;
using Scoring.Silo.Years;

namespace Scoring.Silo.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var year = CommonOptions.Year(rated: false);
        var output = new Option<string?>("--out")
        {
            Description = "The file to write; standard output when left out.",
        };
        var command = new Command(
            "export",
            "Write a year as JSON Lines, one unit per line: unit, year, kind, name, parent, level, reasons, score, members, subtree, direct.")
        {
            year,
            output,
        };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, async services =>
        {
            var ratingYear = parseResult.GetValue(year);
            // Look before opening the file, so an export of a missing year never empties an earlier good one.
            if (!(await services.GetRequiredService<IScoringStore>().ListYearsAsync(cancellationToken)).Contains(ratingYear))
            {
                await Console.Error.WriteLineAsync($"The year {ratingYear} has not been imported into this store.");
                return ExitCodes.UnknownYear;
            }

            var exporter = services.GetRequiredService<YearExporter>();
            if (parseResult.GetValue(output) is { } path)
            {
                await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
                await exporter.ExportAsync(ratingYear, file, cancellationToken);
            }
            else
            {
                await exporter.ExportAsync(ratingYear, Console.Out, cancellationToken);
            }

            return ExitCodes.Success;
        }, cancellationToken, writes: false));
        return command;
    }
}
