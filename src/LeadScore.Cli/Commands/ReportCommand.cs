using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Registry;
using LeadScore.Reports;
using LeadScore.Storage;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore report readiness</c>: the deployment readiness report of a challenger against the champion, written
/// from the registry and the recorded backtest (and the last scoring run with <c>--db</c>) as Markdown or
/// self-contained HTML; <c>--record</c> keeps it in the registry as the challenger's readiness evidence, which a
/// promotion to champion then relies on.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliOutput output) => new("report", "Reports written from evidence: the deployment readiness of a challenger")
    {
        Readiness(output),
    };

    private static Command Readiness(CliOutput output)
    {
        var registry = new Option<string?>("--registry") { Description = "the registry (default $LEADSCORE_REGISTRY, else workspace/registry)" };
        var challenger = new Option<string>("--challenger") { Description = "the version to deploy (a registered version or alias)", Required = true };
        var champion = new Option<string?>("--champion") { Description = "the version it would replace (default: the registry's champion)" };
        var evidence = new Option<string?>("--evidence") { Description = "SHA-256 (or its first 8+ digits) of the recorded backtest to rely on (default: the newest for the pair)" };
        var rules = new Option<string?>("--rules") { Description = "decision rules JSON replacing the built-in ones (src/LeadScore.Reports/readiness-rules.json)" };
        var db = new Option<string?>("--db") { Description = "the warehouse: its last published scoring run's checks and train/serve skew" };
        var outPath = new Option<string?>("--out") { Description = "the report: .md (Markdown) or .html (self-contained, with charts); default readiness-CHALLENGER.md" };
        var record = new Option<bool>("--record") { Description = "keep the written report in the registry as readiness evidence for the challenger against the champion" };
        var by = LeadScore.Cli.Commands.Registry.RegistryCommand.ByOption();
        var generated = new Option<string?>("--generated") { Description = "the time the report is dated (ISO, e.g. 2026-12-01T09:00:00Z; default now)", Hidden = true };
        var command = new Command("readiness", "The deployment readiness report of a challenger, from the registry and its recorded backtest")
        {
            registry, challenger, champion, evidence, rules, db, outPath, record, by, generated,
        };
        command.SetAction(parse =>
        {
            var registryPath = ModelReference.RegistryPath(parse.GetValue(registry));
            var store = ModelRegistry.Open(registryPath);
            var rulesFile = InputPaths.OptionalFile("--rules", parse.GetValue(rules));
            var dbFile = InputPaths.OptionalFile("--db", parse.GetValue(db));
            var target = parse.GetValue(outPath) ?? $"readiness-{parse.GetValue(challenger)}.md";
            InputPath[] inputs = [new("--registry", registryPath), new("--rules", rulesFile), .. dbFile is null ? [] : InputPaths.Database("--db", dbFile)];
            OutputPath.CheckFile("--out", target, ReadinessReport.Extensions, inputs);
            OutputPath.CheckFolderExists(target);
            var dated = Dated(parse.GetValue(generated));
            var decisionRules = rulesFile is null ? ReadinessRules.Builtin() : ReadinessRules.Read(rulesFile);

            var gathered = ReadinessEvidence.Collect(store, new ReadinessRequest(parse.GetValue(challenger)!, parse.GetValue(champion), parse.GetValue(evidence), dbFile));
            var report = ReadinessReport.Build(gathered, decisionRules, dated);
            var text = report.Render(target);
            AtomicFile.WriteText(target, text);
            var sha = ReadinessReport.Sha256(text);
            output.Line(Decision(report, decisionRules, gathered));
            output.Line($"wrote {target}, SHA-256 {sha}");
            if (parse.GetValue(record))
            {
                var e = store.RecordEvidence(gathered.Challenger.Version, "readiness", target, gathered.Champion.Version, EvidenceSummary(report, gathered), parse.GetValue(by)!);
                output.Line($"recorded in {store.Path} as event #{e.Seq}: readiness evidence for {e.Version} against {e.Against}, SHA-256 {e.EvidenceSha256}");
            }
            return 0;
        });
        return command;
    }

    /// <summary>The report's decision in one line: the outcome, the rule that decided it, and the backtest it rests on.</summary>
    public static string Decision(ReadinessReport report, ReadinessRules rules, ReadinessEvidence gathered) =>
        $"{report.Decision.Rule.Outcome.Words().ToLowerInvariant()}: rule {report.Decision.Rule.Name} ({(rules.IsBuiltin ? "built-in rules" : Path.GetFileName(rules.Source))}); " +
        $"backtest {gathered.EvidenceSha256[..12]}… of {gathered.Challenger.Version} against {gathered.Champion.Version}";

    /// <summary>The one line the registry logs with a recorded readiness report.</summary>
    public static string EvidenceSummary(ReadinessReport report, ReadinessEvidence gathered) =>
        $"readiness: {report.Decision.Rule.Outcome.Name()} by rule {report.Decision.Rule.Name}; backtest {gathered.EvidenceSha256[..12]}";

    private static DateTimeOffset Dated(string? text)
    {
        if (text is null) return DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        return DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw CliException.InvalidOption("--generated", $"'{text}' is not an ISO time (e.g. 2026-12-01T09:00:00Z)");
    }
}
