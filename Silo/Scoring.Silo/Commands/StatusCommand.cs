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
        var command = new Command(
            "status",
            "List the years in the store with their root's level, the units still pending, the mail waiting and the dead mail.");
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, async services =>
        {
            var store = services.GetRequiredService<IGrainStore>();
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Year", "Root", "Level", "Units", "Pending", "Mail waiting", "Dead mail");
            foreach (var year in await store.ListYearsAsync(cancellationToken))
            {
                if (await store.FindRootAsync(year, cancellationToken) is not { } root)
                {
                    continue;
                }

                // The root counts itself too, so the figures cover the whole tree.
                var units = root.Subtree.AllKinds.Total + 1;
                var pending = root.Subtree.AllKinds.Pending + (root.Level == Level.Pending ? 1 : 0);
                table.AddRow(
                    year.ToString(),
                    Markup.Escape(root.Unit.Value),
                    root.Level.ToCode(),
                    units.ToString("N0"),
                    pending.ToString("N0"),
                    (await store.CountMailAsync(year, cancellationToken)).ToString("N0"),
                    (await store.CountDeadMailAsync(year, cancellationToken)).ToString("N0"));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        }, cancellationToken, writes: false));
        return command;
    }
}
