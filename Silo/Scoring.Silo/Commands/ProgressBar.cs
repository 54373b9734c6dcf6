using Scoring.Silo.Years;
using Spectre.Console;

namespace Scoring.Silo.Commands;

/// <summary>A progress bar on the console for one phase of a command (shown only on a terminal).</summary>
internal static class ProgressBar
{
    /// <summary>
    /// Runs <paramref name="work"/> under a bar named <paramref name="description"/>. The work is handed an action to
    /// report how much of how much it has done, which any thread may call.
    /// </summary>
    public static Task<T> RunAsync<T>(string description, Func<Action<double, double>, Task<T>> work) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: 1);
                var result = await work((done, of) => (task.MaxValue, task.Value) = (Math.Max(of, 1), done));
                task.Value = task.MaxValue;
                return result;
            });

    /// <summary>Reports a delivery's units to <paramref name="report"/>.</summary>
    public static IProgress<DeliveryProgress> OfUnits(Action<double, double> report) =>
        new InlineProgress<DeliveryProgress>(p => report(p.Delivered, p.Units));
}
