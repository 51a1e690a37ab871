using Spectre.Console;

namespace LeadScore.Cli.Terminal;

/// <summary>
/// Shows the progress of long work on stderr: a live Spectre bar on a terminal, a plain line every tenth of
/// the way when stderr is redirected (CI logs, pipes).
/// </summary>
public static class ProgressReporter
{
    public static T Run<T>(CliOutput output, string label, long total, Func<IProgress<long>, T> work, string unit = "rows")
    {
        if (!output.Interactive)
        {
            var plain = new PlainProgress(output.Err, label, total, unit);
            var result = work(plain);
            return result;
        }
        T value = default!;
        output.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: Math.Max(1, total));
                value = work(new Progress<long>(done => task.Value = done));
            });
        return value;
    }

    private sealed class PlainProgress(TextWriter err, string label, long total, string unit) : IProgress<long>
    {
        private int lastTenth;

        public void Report(long done)
        {
            int tenth = total <= 0 ? 10 : (int)(done * 10 / total);
            if (tenth <= lastTenth) return;
            lastTenth = tenth;
            err.WriteLine($"{label}: {done:N0} of {total:N0} {unit} ({tenth * 10}%)");
        }
    }
}
