using System.Globalization;
using LeadScore.Dashboard.Html;
using LeadScore.Engine.Import;
using LeadScore.Models.Gates;
using LeadScore.Registry;
using LeadScore.Reports;
using static LeadScore.Dashboard.Html.PageWriter;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Dashboard.Pages;

public sealed partial class ModelsPage
{
    private static void Versions(PageWriter page, DashboardData data)
    {
        var state = data.State;
        if (state.Versions.Count == 0)
        {
            page.Notice("No version is registered yet.");
            return;
        }
        var registry = data.Registry;
        var required = registry.RequiredSignOffs;
        // The live and shadow versions first, then the newest registered.
        var versions = state.Versions.OrderBy(v => v.Status switch { ModelStatus.Champion => 0, ModelStatus.Challenger => 1, _ => 2 })
            .ThenByDescending(v => v.RegisteredAt).ThenBy(v => v.Version, StringComparer.Ordinal).ToArray();
        var table = new HtmlTable("versions", ["version", "status", "registered (UTC)", "source", "model", "gates", "sign-offs", "files against the manifest"])
        {
            Caption = $"Sign-offs a champion needs: {(required.Count == 0 ? "none (registry.json required_signoffs is empty)" : string.Join(", ", required))}.",
        };
        var details = new List<(VersionState Version, VersionEvidence? Evidence, string? Problem)>();
        foreach (var v in versions)
        {
            VersionEvidence? evidence = null;
            string? problem = null;
            try { evidence = VersionEvidence.Read(registry, v); }
            catch (Exception e) when (e is RegistryException or IOException or UnauthorizedAccessException) { problem = e.Message.Split('\n')[0]; }
            details.Add((v, evidence, problem));
            var signed = state.Events.Where(e => e.Action == "sign-off" && e.Version == v.Version).Select(e => $"{e.Role} ({e.Actor})").ToList();
            var missing = required.Except(v.SignOffs).ToArray();
            string signOffs = (signed.Count == 0 ? "none" : string.Join(", ", signed)) + (missing.Length == 0 ? "" : $"; missing: {string.Join(", ", missing)}");
            table.Row(v.Version, new Cell(v.Status.Name(), Class: v.Status == ModelStatus.RolledBack ? "fail" : v.Status == ModelStatus.Champion ? "ok" : null),
                new Cell(Time(v.RegisteredAt), v.RegisteredAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
                evidence is null ? "" : Manifest.Read(registry.VersionFolder(v.Version), v.Version).Source,
                evidence is null ? "" : Model(registry.VersionFolder(v.Version), evidence),
                GateCell(evidence), new Cell(signOffs, Class: missing.Length > 0 ? "warn" : null), FilesCell(evidence, problem));
        }
        page.Table(table);
        page.Heading("Gates of each version");
        page.Paragraph("Each gate as the version's gates.json records it (a trained model's own; import-xgboost evaluates the default gates on the metrics the model recorded). " +
                       "A version whose gates fail becomes champion only by a forced promotion.", "note");
        foreach (var (v, evidence, problem) in details) Gates(page, v, evidence, problem);
    }

    // The model's kind and size, read from its file only when the file is the one registered.
    private static string Model(string folder, VersionEvidence evidence)
    {
        var file = evidence.Artefacts.FirstOrDefault(a => a.File is ModelLoader.LightGbmFile or ModelLoader.XGBoostFile);
        if (file is null) return evidence.MissingArtefacts.Count > 0 ? "no model file (listed as missing)" : "no model file";
        if (file.State != ArtefactState.Verified) return $"{file.File} (not read: {file.State.ToString().ToLowerInvariant()})";
        try
        {
            var model = ModelLoader.Load(folder);
            return $"{(file.File == ModelLoader.LightGbmFile ? "LightGBM" : "XGBoost")}, {Count(model.Trees.Count)} trees, {Count(model.FeatureNames.Count)} features";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"{file.File} (unreadable: {e.Message.Split('\n')[0]})";
        }
    }

    private static Cell GateCell(VersionEvidence? evidence)
    {
        if (evidence is null) return "";
        if (evidence.Gates is not { } gates)
            return new Cell(evidence.Artefacts.Any(a => a.File == "gates.json") ? "not read: gates.json does not match its manifest" : "no gates.json", Class: "warn");
        var counts = gates.Gates.GroupBy(g => g.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Outcome(g.Key)}");
        return new Cell($"{Outcome(gates.Overall)} ({string.Join(", ", counts)})", Class: OutcomeClass(gates.Overall));
    }

    private static Cell FilesCell(VersionEvidence? evidence, string? problem)
    {
        if (evidence is null) return new Cell(problem ?? "unreadable", Class: "fail");
        int changed = evidence.Artefacts.Count(a => a.State != ArtefactState.Verified);
        if (changed == 0 && evidence.Unlisted.Count == 0)
            return new Cell($"intact ({evidence.Artefacts.Count} files)" + (evidence.MissingArtefacts.Count == 0 ? "" : $"; never supplied: {string.Join(", ", evidence.MissingArtefacts)}"), Class: "ok");
        var wrong = evidence.Artefacts.Where(a => a.State != ArtefactState.Verified).Select(a => $"{a.File} {a.State.ToString().ToLowerInvariant()}")
            .Concat(evidence.Unlisted.Select(u => $"{u} not in the manifest"));
        return new Cell($"NOT intact: {string.Join(", ", wrong)}", Class: "fail");
    }

    private static void Gates(PageWriter page, VersionState v, VersionEvidence? evidence, string? problem)
    {
        var gates = evidence?.Gates;
        string verdict = gates is null ? "no gate results" : $"gates {Outcome(gates.Overall)}" + (gates.Failed.Count == 0 ? "" : $": {string.Join(", ", gates.Failed)}");
        bool open = v.Status is ModelStatus.Champion or ModelStatus.Challenger;
        page.Raw($"<details class=\"gates\"{(open ? " open" : "")}><summary><strong>{Escape(v.Version)}</strong> ({Escape(v.Status.Name())}): {Escape(verdict)}</summary>\n");
        if (gates is null) page.Notice(problem ?? GateCell(evidence).Text, NoticeKind.Attention);
        else
        {
            var table = new HtmlTable($"gates-{Slug(v.Version)}", ["gate", "what it checks", "metric", "value", "rule", "outcome"])
            {
                Caption = gates.Source is null ? null : $"Evaluated on {gates.Source}.",
            };
            foreach (var g in gates.Gates)
                table.Row(g.Id, g.Description, g.Metric, g.Value is { } x && !double.IsNaN(x) ? Cell.Number(x, "0.######") : new Cell("–", "-1e308", "num"),
                    Rule(g), new Cell(Outcome(g.Status), ((int)g.Status).ToString(CultureInfo.InvariantCulture), OutcomeClass(g.Status)));
            page.Table(table);
        }
        page.Raw("</details>\n");
    }

    private static string Rule(GateResult g)
    {
        static string N(double? x) => x is { } v ? v.ToString("0.######", CultureInfo.InvariantCulture) : "";
        return string.Join("; ", new[] { g.Fail is null ? null : $"fails unless {g.Op} {N(g.Fail)}", g.Warn is null ? null : $"warns unless {g.Op} {N(g.Warn)}" }.Where(s => s is not null));
    }

    internal static string Outcome(GateStatus status) => status switch
    {
        GateStatus.Pass => "pass",
        GateStatus.Warn => "warn",
        GateStatus.Fail => "FAIL",
        _ => "skipped",
    };

    private static string? OutcomeClass(GateStatus status) => status switch
    {
        GateStatus.Pass => "ok",
        GateStatus.Warn => "warn",
        GateStatus.Fail => "fail",
        _ => null,
    };
}
