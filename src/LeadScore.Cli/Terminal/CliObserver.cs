using LeadScore.Training;

namespace LeadScore.Cli.Terminal;

/// <summary>Training progress on stderr: stage lines, and a bar (or plain lines when redirected) for long steps.</summary>
public sealed class CliObserver(CliOutput output) : ITrainingObserver
{
    public void Stage(string message) => output.Err.WriteLine(message);

    public T Track<T>(string label, long total, Func<IProgress<long>, T> work) =>
        ProgressReporter.Run(output, label, total, work, "steps");
}
