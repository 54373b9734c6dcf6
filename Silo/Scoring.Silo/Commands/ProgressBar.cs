using Scoring.Import;
using Scoring.Silo.Years;
using Spectre.Console;

namespace Scoring.Silo.Commands;

/// <summary>
/// A progress bar on the console for one phase of a command: a live bar on a terminal, a few percentage lines
/// otherwise.
/// </summary>
internal static class ProgressBar
{
    // A country's phase reports hundreds of thousands of steps; the bar moves by a two-hundredth at least.
    private const double SmallestStep = 1.0 / 200;

    /// <summary>
    /// Runs <paramref name="work"/> under a bar named <paramref name="description"/>. The work is handed an action to
    /// report how much of how much it has done, which any thread may call; a report behind one already shown (threads
    /// report out of order) leaves the bar where it is.
    /// </summary>
    public static Task<T> RunAsync<T>(string description, Func<Action<double, double>, Task<T>> work) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: 1);
                var shown = new object();
                var result = await work((done, of) =>
                {
                    of = Math.Max(of, 1);
                    lock (shown)
                    {
                        if (of == task.MaxValue && done < Math.Min(task.Value + (of * SmallestStep), of))
                        {
                            return;
                        }

                        (task.MaxValue, task.Value) = (of, done);
                    }
                });
                task.Value = task.MaxValue;
                return result;
            });

    /// <summary>Reports a folder's bytes read to <paramref name="report"/>.</summary>
    public static IProgress<ReadProgress> OfBytes(Action<double, double> report) =>
        new InlineProgress<ReadProgress>(p => report(p.BytesRead, p.Bytes));

    /// <summary>Reports a delivery's units to <paramref name="report"/>.</summary>
    public static IProgress<DeliveryProgress> OfUnits(Action<double, double> report) =>
        new InlineProgress<DeliveryProgress>(p => report(p.Delivered, p.Units));
}
