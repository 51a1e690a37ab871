namespace LeadScore.Tests.Support;

/// <summary>
/// Locates the real-data fixtures (the V4.1 folder of the shared fixtures), which live outside the
/// repository. <c>$LEADSCORE_FIXTURES</c> names the fixtures folder if set; otherwise it is
/// <c>../shared/fixtures</c> beside the repository root (the first folder above the test assembly that
/// holds <c>leadscore.slnx</c>). Tests that need the files call
/// <c>Skip.If(Fixtures.Root is null, Fixtures.SkipReason)</c>.
/// </summary>
public static class Fixtures
{
    /// <summary>Environment variable that overrides the fixtures folder (the folder that contains <c>v41</c>).</summary>
    public const string EnvironmentVariable = "LEADSCORE_FIXTURES";

    private const string SolutionFile = "leadscore.slnx";
    private const string Version = "v41";

    private static readonly Lazy<(string? Root, string Reason)> Located = new(Locate);

    /// <summary>The V4.1 fixtures folder, or null when it cannot be found.</summary>
    public static string? Root => Located.Value.Root;

    /// <summary>Why <see cref="Root"/> is null: where the fixtures were looked for and how to provide them.</summary>
    public static string SkipReason => Located.Value.Reason;

    /// <summary>A path inside the V4.1 fixtures folder, e.g. <c>Path("reference", "v40_test_predictions.csv")</c>.</summary>
    /// <exception cref="InvalidOperationException">The fixtures folder was not found.</exception>
    public static string Path(params string[] parts) =>
        Root is { } root
            ? System.IO.Path.Combine([root, .. parts])
            : throw new InvalidOperationException(SkipReason);

    private static (string? Root, string Reason) Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Candidate(System.IO.Path.Combine(fromEnvironment, Version), $"${EnvironmentVariable}");
        }

        var repository = RepositoryRoot();
        if (repository is null)
        {
            return (null, $"Real fixtures skipped: no {SolutionFile} above {AppContext.BaseDirectory}; " +
                          $"set {EnvironmentVariable} to the shared fixtures folder.");
        }

        return Candidate(System.IO.Path.Combine(repository, "..", "shared", "fixtures", Version), "../shared/fixtures");
    }

    private static (string? Root, string Reason) Candidate(string path, string source)
    {
        var full = System.IO.Path.GetFullPath(path);
        return Directory.Exists(full)
            ? (full, string.Empty)
            : (null, $"Real fixtures skipped: {full} (from {source}) does not exist; " +
                     $"set {EnvironmentVariable} to the folder that contains {Version}/.");
    }

    private static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
