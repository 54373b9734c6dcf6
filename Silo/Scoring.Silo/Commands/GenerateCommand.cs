using System.CommandLine;
using System.Diagnostics;
using Scoring.Seeds;
using Spectre.Console;

namespace Scoring.Silo.Commands;

internal static class GenerateCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "The seed number; the same seed writes the same files.", DefaultValueFactory = _ => 2026 };
        var scale = new Option<SeedScale>("--scale")
        {
            Description = "Sample: a small tree for tests and demos. City: the Hanoi-shaped 19,479 units and about 450,000 members. " +
                "National: the country, about 350,000 units and 5.5 million members in 63 provinces (34 from 2025, without districts).",
            DefaultValueFactory = _ => SeedScale.Sample,
        };
        var output = new Option<string>("--out") { Description = "The folder to write one sub-folder per year into.", Required = true };
        var first = new Option<int>("--from") { Description = "The first year to generate.", DefaultValueFactory = _ => 2019 };
        var last = new Option<int>("--to") { Description = "The last year to generate.", DefaultValueFactory = _ => 2024 };
        var command = new Command("generate", "Write a deterministic Hanoi-shaped (or national) tree with assessments and member tallies as CSV, one folder per year.")
        {
            seed,
            scale,
            output,
            first,
            last,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(first) > result.GetValue(last))
            {
                result.AddError("--from must not be after --to.");
            }
        });
        command.SetAction(parseResult =>
        {
            var started = Stopwatch.GetTimestamp();
            var years = Enumerable.Range(parseResult.GetValue(first), parseResult.GetValue(last) - parseResult.GetValue(first) + 1).ToList();
            var folder = parseResult.GetValue(output)!;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"Generating {years.Count} years", maxValue: years.Count);
                    SeedGenerator.WriteYears(
                        folder, parseResult.GetValue(seed), parseResult.GetValue(scale), years, new InlineProgress<int>(_ => task.Increment(1)));
                    task.Value = task.MaxValue;
                });
            AnsiConsole.MarkupLine(
                $"Wrote {years.Count} years to {Markup.Escape(folder)} in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s.");
            return ExitCodes.Success;
        });
        return command;
    }
}
