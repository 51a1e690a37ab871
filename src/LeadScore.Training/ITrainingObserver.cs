namespace LeadScore.Training;

/// <summary>How a training run tells a person what it is doing: stage lines and progress for long steps.</summary>
public interface ITrainingObserver
{
    void Stage(string message);

    /// <summary>Runs <paramref name="work"/> while showing its progress out of <paramref name="total"/>.</summary>
    T Track<T>(string label, long total, Func<IProgress<long>, T> work);
}

/// <summary>An observer that shows nothing (tests, library use).</summary>
public sealed class SilentObserver : ITrainingObserver
{
    public static readonly SilentObserver Instance = new();

    public void Stage(string message) { }

    public T Track<T>(string label, long total, Func<IProgress<long>, T> work) => work(new Progress<long>());
}
