using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using Scoring.Import;
using Scoring.Silo.Storage;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class DecideCommand
{
    public static Command Create()
    {
        var year = CommonOptions.Year();
        var unit = new Option<string>("--unit") { Description = "The unit the committee decides for.", Required = true };
        var level = new Option<string?>("--level") { Description = "The decided level (HTXSNV, HTTNV, HTNV or KHTNV); leave it out to record only a note or the award." };
        var note = new Option<string?>("--note") { Description = "The committee's note." };
        var exemplary = new Option<bool>("--exemplary") { Description = "Grant the TSVM tiêu biểu award." };
        var by = CommonOptions.By("records the decision");
        var command = new Command(
            "decide",
            "Record a deciding committee's decision for one unit of a rated year (checked like a decisions.csv row); the final level travels grain to grain up to the root, and the decision joins the unit's trail.")
        {
            year,
            unit,
            level,
            note,
            exemplary,
            by,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var ratingYear = parseResult.GetValue(year);
            var unitId = new UnitId(parseResult.GetValue(unit)!);
            var columns = JsonSerializer.SerializeToElement(new Dictionary<string, object?>
            {
                ["level"] = parseResult.GetValue(level),
                ["note"] = parseResult.GetValue(note),
                ["exemplary"] = parseResult.GetValue(exemplary),
            });
            var read = CorrectionReader.Decision(unitId, columns, ratingYear);
            if (!read.Succeeded)
            {
                foreach (var error in read.Errors)
                {
                    await Console.Error.WriteLineAsync($"--{error.Column ?? "level"}: {error.Reason}.");
                }

                return ExitCodes.BadInput;
            }

            return await CommandHost.RunAsync(parseResult, async services =>
            {
                var grain = services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(OrganizationKey.Of(ratingYear, unitId));
                if (await grain.GetSummaryAsync() is not { } before)
                {
                    await Console.Error.WriteLineAsync($"The tree of {ratingYear} has no unit '{unitId}' (or the year was never rated).");
                    return ExitCodes.UnknownYear;
                }

                UnitSummary summary;
                try
                {
                    summary = await grain.CorrectAsync([new DecisionRecorded(read.Value!)]);
                }
                catch (UnitRefusedException refused)
                {
                    await Console.Error.WriteLineAsync($"{unitId} refused the decision: {refused.Message}");
                    return ExitCodes.BadInput;
                }

                await services.GetRequiredService<IScoringStore>().RecordDecisionsAsync(
                    [new DecisionAudit(ratingYear, unitId, DateTimeOffset.UtcNow, parseResult.GetValue(by)!, DecisionSources.Command, read.Value, before.Decision)],
                    CancellationToken.None);
                var names = RuleSets.ForYear(ratingYear).Names;
                AnsiConsole.MarkupLine(
                    $"[bold]{Markup.Escape(summary.Unit.Value)}[/] ({Markup.Escape(summary.Name)}) is now [bold]{names.Code(summary.Level)}[/] " +
                    $"(proposed {names.Code(summary.Proposed)}{(summary.Exemplary ? ", tiêu biểu" : string.Empty)}); the root has the change.");
                return ExitCodes.Success;
            }, cancellationToken, grains: true);
        });
        return command;
    }
}
