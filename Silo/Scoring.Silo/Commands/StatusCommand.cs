using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;
using Scoring.Silo.Storage;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command(
            "status",
            "List the years in the store with their root's level, their units, the units still pending, rated or not rated, and the units with dead mail; for a cluster, its silos and the grains each holds.");
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(parseResult, async services =>
        {
            var store = services.GetRequiredService<IScoringStore>();
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Year", "Root", "Level", "Units", "Pending", "Rated", "Not rated", "Dead mail");
            foreach (var year in await store.ListYearsAsync(cancellationToken))
            {
                var snapshot = await store.ReadYearAsync(year, cancellationToken);
                if (snapshot.Organizations.Count == 0)
                {
                    continue;
                }

                // Each unit's own level as stored, not the root's last roll-up: after an interrupted run they differ.
                var rules = RuleSets.ForYear(year);
                var levels = snapshot.States.Select(s => RollUp.Summarize(s, rules)).ToList();
                // A first run stopped early, or a root set aside as dead mail, leaves the year without a root row.
                var root = levels.SingleOrDefault(s => s.Parent is null);
                var pending = levels.Count(s => s.Level == Level.Pending);
                var notRated = levels.Count(s => s.Level == Level.NotRated);
                table.AddRow(
                    year.ToString(),
                    root is null ? "–" : Markup.Escape(root.Unit.Value),
                    root is null ? "–" : rules.Names.Code(root.Level),
                    levels.Count.ToString("N0"),
                    pending.ToString("N0"),
                    (levels.Count - pending - notRated).ToString("N0"),
                    notRated.ToString("N0"),
                    snapshot.DeadMail.ToString("N0"));
            }

            AnsiConsole.Write(table);
            await ClusterSilos.WriteAsync(services.GetRequiredService<IConfiguration>(), cancellationToken);
            return ExitCodes.Success;
        }, cancellationToken, writes: false));
        return command;
    }
}
