namespace LeadScore.Cli.Fixtures;

/// <summary>
/// Finds the real V4.1 fixtures: <c>--fixtures</c>, else <c>$LEADSCORE_FIXTURES</c> (the folder holding v41/ or
/// v41 itself), else <c>../shared/fixtures/v41</c> beside the repository or the current folder.
/// </summary>
public static class FixtureLocator
{
    public static string Find(string? given)
    {
        if (given is not null)
            return Holds(given) ? given : Holds(Path.Combine(given, "v41")) ? Path.Combine(given, "v41")
                : throw CliException.FixturesNotFound(given, []);
        var tried = Candidates().ToList();
        return tried.FirstOrDefault(Holds) ?? throw CliException.FixturesNotFound(null, tried);
    }

    /// <summary>The fixtures folder when one of the usual places holds it; null otherwise.</summary>
    public static string? TryFind() => Candidates().FirstOrDefault(Holds);

    /// <summary>Where the fixtures are looked for when no folder is given.</summary>
    public static IEnumerable<string> Candidates()
    {
        var env = Environment.GetEnvironmentVariable("LEADSCORE_FIXTURES");
        if (!string.IsNullOrWhiteSpace(env))
        {
            yield return Path.Combine(env, "v41");
            yield return env;
        }
        if (RepositoryFolder.Find() is { } repository)
            yield return Path.GetFullPath(Path.Combine(repository, "..", "shared", "fixtures", "v41"));
    }

    private static bool Holds(string folder) =>
        File.Exists(Path.Combine(folder, "leads_v41.parquet"))
        && File.Exists(OriginalModel.V41R3.ModelPath(folder))
        && File.Exists(OriginalModel.V400.ModelPath(folder));
}
