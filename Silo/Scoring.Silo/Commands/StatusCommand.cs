using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "List the years in the store with their root's level, pending units and the mail still waiting.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = await CommandHost.StartAsync(parseResult, cancellationToken);
            var store = host.Services.GetRequiredService<IGrainStore>();
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Year", "Root", "Level", "Units below", "Pending", "Mail waiting");
            foreach (var year in await store.ListYearsAsync(cancellationToken))
            {
                await foreach (var root in store.ReadSummariesAsync(year, cancellationToken))
                {
                    var below = root.Subtree.AllKinds;
                    table.AddRow(
                        year.ToString(), Markup.Escape(root.Unit.Value), root.Level.ToCode(), below.Total.ToString("N0"),
                        below.Pending.ToString("N0"), (await store.CountMailAsync(year, cancellationToken)).ToString("N0"));
                    break;
                }
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
