using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using Scoring.Import;
using Scoring.Silo.Storage;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class SubmitCommand
{
    public static Command Create()
    {
        var year = CommonOptions.Year();
        var assessment = new Option<FileInfo?>("--assessment") { Description = "A one-row assessments.csv (header and the unit's row) to replace the unit's assessment with." };
        var members = new Option<FileInfo?>("--members") { Description = "A one-row members.csv (header and the unit's row) to replace the unit's member tally with." };
        var by = CommonOptions.By("makes the correction");
        var command = new Command(
            "submit",
            "Correct one unit of a rated year from a one-row CSV file, checked with the import's rules; the change travels grain to grain up to the root, and the unit's new level is printed once the root has it.")
        {
            year,
            assessment,
            members,
            by,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(assessment) is null) == (result.GetValue(members) is null))
            {
                result.AddError("Give exactly one of --assessment and --members.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var ratingYear = parseResult.GetValue(year);
            var file = parseResult.GetValue(assessment) ?? parseResult.GetValue(members)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"There is no file {file.FullName}.");
                return ExitCodes.BadInput;
            }

            var (unit, message, errors) = Read(file, ratingYear, parseResult.GetValue(assessment) is not null);
            if (message is null)
            {
                await Console.Error.WriteLineAsync($"Nothing was submitted from {file.FullName}: {errors.Count} problem(s).");
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync(Path.Combine(file.DirectoryName ?? string.Empty, error.ToString().Replace(error.File, file.Name, StringComparison.Ordinal)));
                }

                return ExitCodes.BadInput;
            }

            return await CommandHost.RunAsync(parseResult, async services =>
            {
                var grain = services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(OrganizationKey.Of(ratingYear, unit!.Value));
                if (await grain.GetSummaryAsync() is null)
                {
                    await Console.Error.WriteLineAsync($"The tree of {ratingYear} has no unit '{unit}' (or the year was never rated).");
                    return ExitCodes.UnknownYear;
                }

                var recordCorrection = await CorrectionTrail.BeforeApplyingAsync(
                    services.GetRequiredService<IScoringStore>(), ratingYear, unit.Value, parseResult.GetValue(by)!, CorrectionSources.Command, message, cancellationToken);
                UnitSummary summary;
                try
                {
                    summary = await grain.CorrectAsync([message]);
                }
                catch (UnitRefusedException refused)
                {
                    await Console.Error.WriteLineAsync($"{unit} refused the correction: {refused.Message}");
                    return ExitCodes.BadInput;
                }

                await recordCorrection();
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(summary.Unit.Value)}[/] ({Markup.Escape(summary.Name)}) is now [bold]{RuleSets.ForYear(summary.Year).Names.Code(summary.Level)}[/]; the root has the change.");
                foreach (var reason in summary.Reasons)
                {
                    AnsiConsole.MarkupLine($"  {Markup.Escape(reason.Code)}: {Markup.Escape(reason.Sentence)}");
                }

                return ExitCodes.Success;
            }, cancellationToken, writes: false, grains: true);
        });
        return command;
    }

    private static (UnitId? Unit, GrainMessage? Message, IReadOnlyList<ImportError> Errors) Read(FileInfo file, int year, bool isAssessment)
    {
        using var text = file.OpenText();
        if (isAssessment)
        {
            var correction = CorrectionReader.Assessment(text, year);
            return correction.Succeeded ? (correction.Unit, new AssessmentSubmitted(correction.Value!), []) : (null, null, correction.Errors);
        }

        var tally = CorrectionReader.Members(text);
        return tally.Succeeded ? (tally.Unit, new MembersSubmitted(tally.Value!), []) : (null, null, tally.Errors);
    }
}
