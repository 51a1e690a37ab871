namespace LeadScore.Reports;

/// <summary>
/// The one error type of the reports layer: a message a person can act on (what was given, what to do), written
/// once here as a factory.
/// </summary>
public sealed class ReportException(string message, Exception? inner = null) : Exception(message, inner)
{
    internal const string BuiltinRules = "src/LeadScore.Reports/readiness-rules.json";

    public static ReportException NoChampion(string registry, string challenger) =>
        new($"registry {registry} has no champion to compare {challenger} against; pass --champion VERSION (a registered version).");

    public static ReportException SameVersion(string version) =>
        new($"--challenger and --champion are both {version}; a readiness report compares a challenger with the champion it would replace.");

    public static ReportException NoBacktest(string registry, string challenger, string champion) =>
        new($"no backtest of {challenger} against {champion} is recorded in {registry}; record one first with " +
            $"`leadscore backtest --registry {registry} --champion registry:{champion} --challenger registry:{challenger} --data LEADS --window FROM..TO --record` " +
            "(LEADS: labelled leads, e.g. a .parquet file; FROM..TO: their contact dates).");

    public static ReportException EvidenceNotRecorded(string sha, string challenger, string champion, IReadOnlyList<string> recorded) =>
        new($"--evidence {sha}: no backtest of {challenger} against {champion} with that SHA-256 is recorded; " +
            (recorded.Count == 0 ? "none is recorded for that pair." : $"recorded: {string.Join(", ", recorded)}."));

    public static ReportException EvidenceAmbiguous(string sha, IReadOnlyList<string> matches) =>
        new($"--evidence {sha} matches {matches.Count} recorded backtests ({string.Join(", ", matches)}); give more of the SHA-256.");

    public static ReportException EvidenceMissing(string sha, string path) =>
        new($"the backtest evidence {sha} is missing from the registry ({path}); restore evidence/ from a backup or record the backtest again (leadscore registry verify lists what is missing).");

    public static ReportException EvidenceChanged(string sha, string path) =>
        new($"{path} no longer matches its SHA-256 {sha} (the kept backtest was changed); restore it from a backup or record the backtest again.");

    public static ReportException EvidenceUnreadable(string why) =>
        new($"the kept backtest evidence is unreadable: {why}");

    public static ReportException Rules(string source, string why) =>
        new($"{source}: {why}; fix the rules file (the built-in rules are {BuiltinRules}).");
}
