namespace LeadScore.Scoring;

/// <summary>
/// The scoring run's one error type: a run that cannot start or cannot be published. Messages are one line saying
/// what is wrong and what to do; they are written only here.
/// </summary>
public sealed class ScoringRunException : Exception
{
    private ScoringRunException(string message, int exitCode = 1) : base(message) => ExitCode = exitCode;

    /// <summary>The process exit code a command should return for this failure.</summary>
    public int ExitCode { get; }

    /// <summary>A phrase file (the narratives' phrases) that cannot be read or breaks the format; the reason names the feature and field.</summary>
    public static ScoringRunException PhraseFile(string source, string reason) =>
        new($"{source}: {reason}; fix the phrase file (the format is in src/LeadScore.Scoring/Narratives/README.md).");
}
