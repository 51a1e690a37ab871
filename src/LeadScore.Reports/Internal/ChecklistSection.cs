using System.Globalization;
using System.Text;
using LeadScore.Models.Gates;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>
/// The pre-deployment checklist, each item ticked only from evidence: the challenger's gates (one line per gate), the
/// artefacts against their manifests, the backtest recorded and of the registered models, the sign-offs, and the
/// last scoring run's checks when a warehouse was given.
/// </summary>
internal static class ChecklistSection
{
    public static ReportSection Of(ReportContext c)
    {
        var e = c.Evidence;
        var sb = new StringBuilder();
        void Item(bool done, string text, int depth = 0) => sb.Append(new string(' ', 2 * depth)).Append(done ? "- [x] " : "- [ ] ").Append(text).Append('\n');

        if (e.Challenger.Gates is { } gates)
        {
            Item(gates.Overall != GateStatus.Fail, $"Validation gates of {c.Challenger}: {Overall(gates.Overall)} ({Code("gates.json")}" +
                                                   (gates.Source is null ? ")" : $", evaluated on {Escape(gates.Source)})"));
            foreach (var g in gates.Gates) Item(g.Status is GateStatus.Pass or GateStatus.Warn, Gate(g), 1);
        }
        else Item(false, $"Validation gates of {c.Challenger}: none recorded (no {Code("gates.json")}); the registry refuses to promote it without --force");
        foreach (var v in new[] { e.Challenger, e.Champion })
            Item(v.Verified, $"Artefacts of {v.Version} match their manifest: " + (v.Verified ? $"{v.Artefacts.Count} files, each SHA-256 checked"
                : string.Join("; ", v.Artefacts.Where(a => a.State != ArtefactState.Verified).Select(a => $"{Code(a.File)} {(a.State == ArtefactState.Missing ? "is missing" : "has changed")}")
                    .Concat(v.Unlisted.Select(u => $"{Code(u)} is not in the manifest")))));
        var recorded = e.BacktestEvent;
        Item(true, $"Backtest against {c.Champion} recorded in the registry (event #{recorded.Seq}, SHA-256 {Code(Short(e.EvidenceSha256))}); the kept file matches its SHA-256");
        Item(c.Facts.BacktestMatchesRegistry, $"The backtest scored the registered model files: " + ModelMatch(c));
        var paired = c.Backtest.Comparison.Paired.Rate;
        Item(c.Backtest.Comparison.Verdict == LeadScore.Backtest.BacktestVerdict.ChallengerBetter,
            $"The backtest finds the challenger better: verdict {SummarySection.Verdict(c.Backtest.Comparison.Verdict)} (paired 95% interval {Points(paired.Lower)} to {Points(paired.Upper)} points)");
        if (e.RequiredSignOffs.Count == 0) Item(true, "Sign-offs: the registry requires none (registry.json required_signoffs is empty)");
        foreach (var role in e.RequiredSignOffs)
        {
            var signed = e.SignOffs.LastOrDefault(s => s.Role == role);
            Item(signed is not null, signed is null ? $"Sign-off by {role}: missing" : $"Sign-off by {role}: {Escape(signed.Actor)}, {Time(signed.Time)}");
        }
        ScoringRun(c, Item);
        return new ReportSection("Pre-deployment checklist", sb.ToString());
    }

    private static void ScoringRun(ReportContext c, Action<bool, string, int> item)
    {
        var e = c.Evidence;
        if (e.Warehouse is null)
        {
            item(false, "Scoring run: not given (pass --db WAREHOUSE to check the last published run)", 0);
            return;
        }
        if (e.ScoringRun is not { } run)
        {
            item(false, $"Scoring run: no published run in {Code(e.Warehouse)}", 0);
            return;
        }
        item(true, $"Last published scoring run: {Escape(run.RunId)} (attempt {run.Attempt}) as of {run.AsOf:yyyy-MM-dd}, finished {Time(run.FinishedAt)}", 0);
        foreach (var v in new[] { c.Challenger, c.Champion })
        {
            var role = run.Models.FirstOrDefault(m => m.Version == v)?.Role;
            var checks = run.Checks.Where(k => k.Model == v).ToArray();
            item(role is not null && checks.All(k => k.Outcome != "fail"), role is null ? $"{v} was not scored in that run"
                : $"{v} scored as {role}: {checks.Length} checks, {checks.Count(k => k.Outcome == "warn")} warning(s), {checks.Count(k => k.Outcome == "fail")} failure(s)", 1);
        }
    }

    private static string ModelMatch(ReportContext c)
    {
        var b = c.Backtest;
        string One(string version, string scored, string? registered) =>
            registered is null ? $"{version} has no model file in its manifest" : scored == registered ? $"{version} {Code(Short(scored))}" : $"{version} scored {Code(Short(scored))}, registered {Code(Short(registered))}";
        return $"{One(c.Champion, b.Champion.Model.Sha256, c.Evidence.Champion.ModelSha256)}; {One(c.Challenger, b.Challenger.Model.Sha256, c.Evidence.Challenger.ModelSha256)}";
    }

    private static string Overall(GateStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>"**G9.2** TEST top-decile lift: 2.03 (fails unless ≥ 1.4; warns unless ≥ 1.5): pass".</summary>
    public static string Gate(GateResult g)
    {
        string Show(double? x) => x is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";
        var thresholds = new List<string>();
        if (g.Fail is not null) thresholds.Add($"fails unless {Escape(g.Op)} {Show(g.Fail)}");
        if (g.Warn is not null) thresholds.Add($"warns unless {Escape(g.Op)} {Show(g.Warn)}");
        string value = g.Value is null ? $"not measured ({Code(g.Metric)} not recorded)" : Show(g.Value);
        return $"**{Escape(g.Id)}** {Escape(g.Description)}: {value}" + (thresholds.Count == 0 ? "" : $" ({string.Join("; ", thresholds)})") + $": {Overall(g.Status)}";
    }
}
