using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Registry;
using Spectre.Console;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore registry</c>: versions, champion/challenger, promotion gates, one-command rollback, the full history.</summary>
public static class RegistryCommand
{
    public static Command Create(CliOutput output)
    {
        var command = new Command("registry", "Model versions, their status and every change ever made to them");
        Option<string> Path() => new("--registry") { Description = "registry folder (created if missing)", DefaultValueFactory = _ => ModelRegistry.DefaultPath };
        Option<string> By() => new("--by") { Description = "who is acting (default: the OS user)", DefaultValueFactory = _ => Environment.UserName };

        var listPath = Path();
        var list = new Command("list", "Versions and their status") { listPath };
        list.SetAction(parse => List(output, ModelRegistry.Open(parse.GetValue(listPath)!)));

        var showPath = Path();
        var showVersion = new Argument<string>("version") { Description = "version or alias (champion, challenger, latest)" };
        var show = new Command("show", "One version: status, sign-offs, files and their checksums, its events") { showPath, showVersion };
        show.SetAction(parse => Show(output, ModelRegistry.Open(parse.GetValue(showPath)!), parse.GetValue(showVersion)!));

        var registerPath = Path();
        var registerBy = By();
        var modelDir = new Argument<string>("model-dir") { Description = "a directory written by leadscore train" };
        var registerVersion = new Option<string>("--version") { Description = "version name, e.g. v4.4.0", Required = true };
        var register = new Command("register", "Register a trained model directory as a new candidate") { registerPath, registerBy, modelDir, registerVersion };
        register.SetAction(parse => Done(output, ModelRegistry.Open(parse.GetValue(registerPath)!).Register(
            parse.GetValue(modelDir)!, parse.GetValue(registerVersion)!, parse.GetValue(registerBy)!, $"register {System.IO.Path.GetFullPath(parse.GetValue(modelDir)!)}")));

        var promotePath = Path();
        var promoteBy = By();
        var promoteVersion = new Argument<string>("version") { Description = "version or alias" };
        var promoteAs = new Option<string>("--as") { Description = "challenger or champion", DefaultValueFactory = _ => "champion" };
        var backtest = new Option<string?>("--backtest") { Description = "backtest report against the current champion (its SHA-256 is logged)" };
        var force = new Option<bool>("--force") { Description = "promote despite failed gates, a missing backtest or sign-offs (needs --reason; logged as forced)" };
        var reason = new Option<string?>("--reason") { Description = "why (logged)" };
        var promote = new Command("promote", "Make a version a challenger (shadow) or the champion (live)") { promotePath, promoteBy, promoteVersion, promoteAs, backtest, force, reason };
        promote.SetAction(parse =>
        {
            var to = parse.GetValue(promoteAs) switch
            {
                "champion" => ModelStatus.Champion,
                "challenger" => ModelStatus.Challenger,
                var other => throw CliException.InvalidOption("--as", $"'{other}' is not challenger or champion"),
            };
            var report = parse.GetValue(backtest);
            if (report is not null && !File.Exists(report)) throw CliException.InvalidOption("--backtest", $"{report} does not exist");
            return Done(output, ModelRegistry.Open(parse.GetValue(promotePath)!).Promote(parse.GetValue(promoteVersion)!, to, parse.GetValue(promoteBy)!,
                parse.GetValue(reason), report, parse.GetValue(force)));
        });

        var rollbackPath = Path();
        var rollbackBy = By();
        var rollbackReason = new Option<string>("--reason") { Description = "why the champion is pulled (logged)", Required = true };
        var rollback = new Command("rollback", "Make the previous champion live again; the current one becomes rolled_back") { rollbackPath, rollbackBy, rollbackReason };
        rollback.SetAction(parse => Done(output, ModelRegistry.Open(parse.GetValue(rollbackPath)!).Rollback(parse.GetValue(rollbackBy)!, parse.GetValue(rollbackReason)!)));

        var signPath = Path();
        var signBy = new Option<string>("--by") { Description = "who signs", Required = true };
        var signVersion = new Argument<string>("version") { Description = "version or alias" };
        var role = new Option<string>("--role") { Description = "data-science, engineering or business", Required = true };
        var note = new Option<string?>("--note") { Description = "a remark (logged)" };
        var signOff = new Command("sign-off", "Record a role's sign-off of a version") { signPath, signBy, signVersion, role, note };
        signOff.SetAction(parse => Done(output, ModelRegistry.Open(parse.GetValue(signPath)!).SignOff(parse.GetValue(signVersion)!, parse.GetValue(role)!,
            parse.GetValue(signBy)!, parse.GetValue(note))));

        var archivePath = Path();
        var archiveBy = By();
        var archiveVersion = new Argument<string>("version") { Description = "version or alias" };
        var archiveReason = new Option<string?>("--reason") { Description = "why (logged)" };
        var archive = new Command("archive", "Put away a version that is not live") { archivePath, archiveBy, archiveVersion, archiveReason };
        archive.SetAction(parse => Done(output, ModelRegistry.Open(parse.GetValue(archivePath)!).Archive(parse.GetValue(archiveVersion)!, parse.GetValue(archiveBy)!, parse.GetValue(archiveReason))));

        var historyPath = Path();
        var history = new Command("history", "Every event, oldest first") { historyPath };
        history.SetAction(parse => History(output, ModelRegistry.Open(parse.GetValue(historyPath)!).State().Events));

        var livePath = Path();
        var when = new Argument<string>("date") { Description = "YYYY-MM-DD (end of that day, UTC) or an ISO time" };
        var liveAt = new Command("live-at", "Which version was the champion at that date") { livePath, when };
        liveAt.SetAction(parse =>
        {
            var moment = Moment(parse.GetValue(when)!);
            var champion = ModelRegistry.Open(parse.GetValue(livePath)!).State().LiveAt(moment);
            output.Line(champion is null ? $"no champion was live at {moment:yyyy-MM-dd HH:mm:ss}Z" : $"{champion} was live at {moment:yyyy-MM-dd HH:mm:ss}Z");
            return 0;
        });

        var verifyPath = Path();
        var verify = new Command("verify", "Check the log, every version's checksums and the single champion") { verifyPath };
        verify.SetAction(parse =>
        {
            var report = ModelRegistry.Open(parse.GetValue(verifyPath)!).Verify();
            foreach (var p in report.Problems) output.Line($"PROBLEM: {p}");
            foreach (var n in report.Notes) output.Line($"note: {n}");
            output.Line($"{(report.Valid ? "valid" : "NOT VALID")}: {report.Events} events, {report.Versions} versions, champion {report.Champion ?? "(none)"}");
            return report.Valid ? 0 : 1;
        });

        var importPath = Path();
        var importBy = By();
        var folder = new Argument<string>("folder") { Description = "folder with an XGBoost model.json (and final_features.json, training_metrics.json)" };
        var importVersion = new Option<string>("--version") { Description = "version name", Required = true };
        var importSchema = new Option<string?>("--schema") { Description = "feature schema: built-in name or file (default: final_features.json)" };
        var importXgb = new Command("import-xgboost", "Register an existing XGBoost model with its features, metrics and gates") { importPath, importBy, folder, importVersion, importSchema };
        importXgb.SetAction(parse => Done(output, Imports.XGBoost(ModelRegistry.Open(parse.GetValue(importPath)!), parse.GetValue(folder)!,
            parse.GetValue(importVersion)!, parse.GetValue(importSchema), parse.GetValue(importBy)!)));

        var legacyPath = Path();
        var legacyBy = By();
        var legacyFile = new Argument<string>("registry-json") { Description = "the original's registry.json" };
        var legacy = new Command("import-legacy", "Replay the original registry.json into an empty registry as dated events") { legacyPath, legacyBy, legacyFile };
        legacy.SetAction(parse =>
        {
            var events = Imports.Legacy(ModelRegistry.Open(parse.GetValue(legacyPath)!), parse.GetValue(legacyFile)!, parse.GetValue(legacyBy)!);
            History(output, events);
            return 0;
        });

        foreach (var c in new[] { list, show, register, promote, rollback, signOff, archive, history, liveAt, verify, importXgb, legacy }) command.Add(c);
        return command;
    }

    private static int Done(CliOutput output, RegistryEvent e)
    {
        output.Line($"#{e.Seq} {e.Action} {e.Version}: {string.Join(", ", e.Changes.Select(c => $"{c.Version} {c.From ?? "-"} -> {c.To}"))}" +
                    (e.Role is null ? "" : $" role {e.Role}") + (e.Forced ? " (FORCED)" : "") + (e.Reason is null ? "" : $"; reason: {e.Reason}"));
        return 0;
    }

    private static int List(CliOutput output, ModelRegistry registry)
    {
        var table = new Table().AddPlainColumns("version", "status", "registered", "sign-offs");
        foreach (var v in registry.State().Versions.OrderBy(v => v.RegisteredAt))
            table.AddPlainRow(v.Version, v.Status.Name(), v.RegisteredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), string.Join(", ", v.SignOffs));
        output.Console.Write(table);
        return 0;
    }

    private static int Show(CliOutput output, ModelRegistry registry, string name)
    {
        var state = registry.State();
        var v = state.Resolve(name);
        output.Line($"{v.Version}: {v.Status.Name()}, registered {v.RegisteredAt:yyyy-MM-dd HH:mm}Z, sign-offs: {(v.SignOffs.Count == 0 ? "none" : string.Join(", ", v.SignOffs))}");
        var manifest = Manifest.Read(registry.VersionFolder(v.Version));
        var files = new Table().AddPlainColumns("file", "sha256");
        foreach (var (file, hash) in manifest.Files) files.AddPlainRow(file, hash);
        foreach (var missing in manifest.Missing) files.AddPlainRow(missing, "(missing: named by the source, not supplied)");
        output.Console.Write(files);
        History(output, state.Events.Where(e => e.Version == v.Version || e.Changes.Any(c => c.Version == v.Version)).ToList());
        return 0;
    }

    private static int History(CliOutput output, IReadOnlyList<RegistryEvent> events)
    {
        var table = new Table().AddPlainColumns("#", "time", "by", "action", "changes", "reason / evidence");
        foreach (var e in events)
            table.AddPlainRow(e.Seq.ToString(CultureInfo.InvariantCulture), e.Time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.Actor,
                e.Action + (e.Role is null ? "" : $" ({e.Role})") + (e.Forced ? " FORCED" : ""),
                string.Join(", ", e.Changes.Select(c => $"{c.Version} {c.From ?? "-"} -> {c.To}")),
                string.Join("; ", new[] { e.Reason, e.EvidenceSha256 is null ? null : $"evidence sha256 {e.EvidenceSha256[..12]}…" }.Where(x => x is not null)));
        output.Console.Write(table);
        return 0;
    }

    private static DateTimeOffset Moment(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : throw RegistryException.BadDate(text);
    }
}
