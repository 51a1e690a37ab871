using System.Globalization;
using LeadScore.Backtest;
using LeadScore.Charts;
using LeadScore.Dashboard.Html;
using LeadScore.Metrics;
using LeadScore.Registry;
using LeadScore.Reports.Internal;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Dashboard.Pages;

public sealed partial class ModelsPage
{
    private static void Comparison(PageWriter page, DashboardData data)
    {
        var state = data.State;
        if (state.Champion is not { } champion)
        {
            page.Notice("No version is champion, so there is nothing to compare a challenger with.");
            return;
        }
        var challenger = state.Versions.Where(v => v.Status == ModelStatus.Challenger).MaxBy(v => v.RegisteredAt)?.Version;
        var registry = data.Registry;
        RegistryEvent? recorded;
        if (challenger is not null)
            recorded = registry.EvidenceFor(challenger, "backtest", champion).FirstOrDefault();
        else
        {
            // No challenger now: the newest backtest any version recorded against the live champion, said as such.
            recorded = state.Events.Where(e => e.Action == "evidence" && e.Kind == "backtest" && e.Against == champion).MaxBy(e => e.Seq);
            page.Notice(recorded is null
                ? $"No version is challenger, and no backtest against the champion {champion} is recorded."
                : $"No version is challenger now. Shown: the newest backtest recorded against the champion {champion}, of {recorded.Version} (now {state.Find(recorded.Version)!.Status.Name()}).");
            if (recorded is null) return;
        }
        if (recorded is null)
        {
            page.Notice($"No backtest of {challenger} against {champion} is recorded. Record one with: leadscore backtest --registry {registry.Path} " +
                        $"--champion registry:{champion} --challenger registry:{challenger} --data LEADS.parquet --record", NoticeKind.Attention);
            return;
        }
        var kept = registry.EvidencePath(recorded.EvidenceSha256!);
        if (!File.Exists(kept)) throw new InvalidOperationException($"the backtest {recorded.EvidenceSha256} of event #{recorded.Seq} is missing from {kept}");
        if (Manifest.Sha256(kept) != recorded.EvidenceSha256) throw new InvalidOperationException($"the backtest kept as {kept} no longer matches the SHA-256 event #{recorded.Seq} recorded");
        var b = BacktestResult.Read(kept);
        page.Paragraph($"Backtest {Short(recorded.EvidenceSha256!)} (event #{recorded.Seq}, recorded {Time(recorded.Time)} by {recorded.Actor}): {recorded.Version} against {recorded.Against} " +
                       $"on {Count(b.Leads)} leads contacted {b.Window} ({Count(b.Conversions)} converted, {Percent((double)b.Conversions / b.Leads)}); " +
                       $"each model kept the leads its own scores select under the {b.Policy} policy ({b.PolicyDescription}).");
        var verdict = b.Comparison.Verdict;
        page.Notice($"Backtest verdict: {SummarySection.Verdict(verdict)}. {b.Comparison.Meaning}",
            verdict == BacktestVerdict.ChallengerBetter ? NoticeKind.Info : NoticeKind.Attention);
        if (state.Events.Where(e => e.Action == "evidence" && e.Kind == "readiness" && e.Version == recorded.Version && e.Against == recorded.Against).MaxBy(e => e.Seq) is { } report)
        {
            page.Raw("<p>The newest readiness report for this pair: ");
            page.Link(ReportsPage.DocumentPath(report.EvidenceSha256!), $"{report.Evidence} (event #{report.Seq}, {Time(report.Time)})");
            page.Raw("</p>\n");
        }
        Arms(page, b, registry);
        Sureness(page, b);
        Deciles(page, b);
        foreach (var note in b.Notes) page.Paragraph(note, "note");
    }

    private static void Arms(PageWriter page, BacktestResult b, ModelRegistry registry)
    {
        var (a, h) = (b.Champion, b.Challenger);
        string Label(ArmResult arm) => $"{arm.Model.Version ?? arm.Model.Name} ({arm.Model.Role})";
        var table = new HtmlTable("backtest-arms", ["", Label(a), Label(h)]) { Sortable = false };
        table.Row("Leads kept", Cell.Number(a.Kept), Cell.Number(h.Kept));
        table.Row("Conversions", Cell.Number(a.Conversions), Cell.Number(h.Conversions));
        table.Row("Conversion rate (95% Wilson interval)", Num(Rate(a.Rate)), Num(Rate(h.Rate)));
        table.Row($"Lift over the baseline {Percent(b.Baseline)}", Num(Lift(a.Lift)), Num(Lift(h.Lift)));
        table.Row($"Expected conversions from a list of {Count(b.ListSize)} (95% predictive interval)", Num(SummarySection.Forecast(a.Forecast)), Num(SummarySection.Forecast(h.Forecast)));
        table.Row("AUC on every lead (95% DeLong interval)", Num(AucText(a.Auc)), Num(AucText(h.Auc)));
        table.Row("Model file scored (SHA-256)", new Cell(ModelFile(a.Model, registry), Class: "sha"), new Cell(ModelFile(h.Model, registry), Class: "sha"));
        page.Heading("Both arms");
        page.Table(table);
    }

    private static void Sureness(PageWriter page, BacktestResult b)
    {
        var c = b.Comparison;
        var table = new HtmlTable("backtest-comparison", ["question", "figure", "estimate", "95% interval", "what it means"]) { Sortable = false };
        table.Row("Does the challenger's selection convert better?", "Paired bootstrap over leads: rate difference, challenger − champion (percentage points)",
            Num(Points(c.Paired.Rate.Estimate)), Num($"{Points(c.Paired.Rate.Lower)} to {Points(c.Paired.Rate.Upper)}"),
            $"Higher in {Percent(c.Paired.Rate.ShareHigher, 1)} of {Count(b.Replicates)} resamples of the {Count(b.Leads)} leads (seed {b.Seed}). The verdict rests on this interval.");
        table.Row("The same, as if the arms were independent", "Newcombe interval of the rate difference (percentage points)",
            Num(Points(c.Newcombe.Difference)), Num($"{Points(c.Newcombe.Lower)} to {Points(c.Newcombe.Upper)}"),
            $"Shown because it is the usual test; the arms share {Count(c.Overlap.Both)} leads, so it errs on the wide side.");
        table.Row("How likely is the challenger's rate higher?", $"Bayesian probability, Beta({Number(c.Bayes.PriorAlpha, "0.##")}, {Number(c.Bayes.PriorBeta, "0.##")}) prior on each rate",
            Num(Percent(c.Bayes.Probability, 1)), "", "Treats the selections as independent samples, so it understates what the paired interval shows.");
        table.Row("Does the challenger rank every lead better?", "DeLong: AUC difference, challenger − champion",
            Num(Signed(c.Auc.Difference, "0.0000")), Num($"{Signed(c.Auc.Lower, "0.0000")} to {Signed(c.Auc.Upper, "0.0000")}"), $"p = {Number(c.Auc.PValue, "0.000")}. {c.AucMeaning}");
        table.Row("How many leads would settle it?", "Leads per arm for 80% power (two-sided, α 0.05)",
            c.Power is { } plan ? Cell.Number(plan.LeadsPerArm) : "–", "", c.PowerMeaning);
        page.Heading("How sure the comparison is");
        page.Paragraph("Each figure answers its own question. None of them is a \"confidence that the challenger is better\".", "note");
        page.Table(table);
    }

    private static void Deciles(PageWriter page, BacktestResult b)
    {
        double overall = (double)b.Conversions / b.Leads;
        string Name(ArmResult arm) => $"{arm.Model.Version ?? arm.Model.Name} ({arm.Model.Role})";
        LiftBar Bar(DecileRow d)
        {
            var i = Wilson.Interval(d.Conversions, d.Count);
            return new LiftBar(d.Decile.ToString(CultureInfo.InvariantCulture), d.Lift, i.Lower / overall, i.Upper / overall);
        }
        var champion = b.Champion.Deciles.Select(Bar).ToArray();
        var challenger = b.Challenger.Deciles.Select(Bar).ToArray();
        page.Heading("Lift by score decile");
        page.Chart(LiftComparisonChart.Of($"Lift by score decile: {Name(b.Champion)} and {Name(b.Challenger)}", [new(Name(b.Champion), champion), new(Name(b.Challenger), challenger)]),
            $"Lift by equal-count score decile on all {Count(b.Leads)} leads (decile 9 holds the highest scores), over the window's rate of {Percent(overall)}; whiskers: Wilson 95% intervals of each decile's rate.");
        var table = new HtmlTable("backtest-deciles", ["decile", .. Columns(b.Champion), .. Columns(b.Challenger)])
        {
            CsvFile = "backtest-deciles.csv",
        };
        for (int d = 0; d < b.Champion.Deciles.Count && d < b.Challenger.Deciles.Count; d++)
        {
            var (x, y) = (b.Champion.Deciles[d], b.Challenger.Deciles[d]);
            table.Row(Cell.Number(x.Decile), Cell.Number(x.Count), Cell.Number(x.Conversions), LiftCell(champion[d]), Cell.Number(y.Count), Cell.Number(y.Conversions), LiftCell(challenger[d]));
        }
        page.Table(table);
    }

    private static string[] Columns(ArmResult arm)
    {
        string v = arm.Model.Version ?? arm.Model.Role;
        return [$"{v} leads", $"{v} conversions", $"{v} lift (95% interval)"];
    }

    internal static string LiftText(LiftBar bar) => $"{Lift(bar.Lift)} ({Number(bar.Lower!.Value, "0.00")}–{Number(bar.Upper!.Value, "0.00")})";

    private static Cell LiftCell(LiftBar bar) => new(LiftText(bar), bar.Lift.ToString("R", CultureInfo.InvariantCulture), "num");

    private static Cell Num(string text) => new(text, Class: "num");

    private static string AucText(AucInterval auc) => $"{Auc(auc.Auc)} ({Auc(auc.Lower)}–{Auc(auc.Upper)})";

    // Whether the arm scored the file the registry holds for its version.
    private static string ModelFile(BacktestModel model, ModelRegistry registry)
    {
        string registered = model.Version is null ? "" : registry.VersionWithModel(model.Sha256) == model.Version ? ", the registered file" : ", NOT the registered file";
        return $"{Short(model.Sha256)}, {model.Trees} trees, {model.Features} features{registered}";
    }
}
