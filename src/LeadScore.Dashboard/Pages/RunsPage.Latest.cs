using System.Globalization;
using System.Text.RegularExpressions;
using LeadScore.Charts;
using LeadScore.Dashboard.Html;
using LeadScore.Warehouse.Scores;
using static LeadScore.Dashboard.Pages.FigureText;

namespace LeadScore.Dashboard.Pages;

/// <summary>The newest published run in full.</summary>
public sealed partial class RunsPage
{
    /// <summary>The skew checks' thresholds as a run states them ("PSI &lt; 0.1 (≥ 0.25 fails)"), else the built-in ones.</summary>
    private static (double Warn, double Fail) PsiThresholds(IEnumerable<RunCheckEntry> checks)
    {
        foreach (var c in checks)
            if (Thresholds().Match(c.Expected) is { Success: true } m)
                return (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return (0.1, 0.25);
    }

    [GeneratedRegex(@"PSI < ([0-9.]+) \(≥ ([0-9.]+) fails\)")]
    private static partial Regex Thresholds();

    private static void Latest(PageWriter page, DashboardData data, RunRecord run)
    {
        var details = RunDetails.Of(run);
        page.Figures(
            new Figure("run", run.RunId, $"attempt {run.Attempt}, as of {run.AsOf:yyyy-MM-dd}"),
            new Figure("advisors scored", N(run.Advisors), $"{N(run.ScoreRows)} score rows for {FigureText.CountText(details.Models.Count, "model")}"),
            new Figure("checks", $"{details.Count("pass")} passed", $"{FigureText.CountText(details.Count("warn"), "warning")}, {FigureText.CountText(details.Count("fail"), "failure")}",
                details.Count("warn") > 0 ? NoticeKind.Attention : null),
            new Figure("took", $"{(run.FinishedAt - run.StartedAt).TotalSeconds:0.0} s", $"finished {Time(run.FinishedAt)}"));

        page.Heading("Models");
        var models = new HtmlTable("run-models", ["model", "role", "trees", "calibrated", "training profile", "source", "sha256"]) { Sortable = false };
        foreach (var m in details.Models)
            models.Row(m.Version, m.Role, Cell.Number(m.Trees), m.Calibrated ? "yes" : "no", m.Profile ?? "none (skew checks could not compare)", m.Source, m.Sha256.Length > 12 ? m.Sha256[..12] : m.Sha256);
        page.Table(models);

        page.Heading("Score distribution");
        var histograms = RunScoreHistogram.Read(data.Warehouse, run.RunId);
        if (histograms.Count == 0) page.Notice($"Run {run.RunId} has no rows in {ScoreStore.ScoresTable}.", NoticeKind.Problem);
        else
            page.Chart(DistributionChart.OfBins($"scores of run {run.RunId} ({run.AsOf:yyyy-MM-dd}), {N(run.Advisors)} advisors",
                    histograms.Select(h => new BinnedSeries($"{h.ModelVersion} ({h.Role})", h.Edges, h.Counts)).ToList(), "score (calibrated probability where the model has a calibrator)"),
                "Each model's scores over the same advisors, as the share of advisors per unit of score (50 bins from the run's lowest to its highest score). " +
                "A challenger whose curve sits far from the champion's ranks the same advisors differently.");

        Checks(page, details);
        Drift(page, details);

        page.Heading("Time per stage");
        var timings = new HtmlTable("run-timings", ["stage", "time"]) { Sortable = false };
        foreach (var (stage, seconds) in details.Timings) timings.Row(stage, Seconds(seconds));
        timings.Row("start to finish (includes writing the rows)", Seconds((run.FinishedAt - run.StartedAt).TotalSeconds));
        page.Table(timings);
    }

    private static void Checks(PageWriter page, RunDetails details)
    {
        page.Heading("Checks");
        page.Paragraph("A failure stops the run from publishing; a warning publishes but asks for a look. Per-feature skew checks that passed are folded into one line per model (every PSI is in the drift table below).");
        var table = new HtmlTable("run-checks", ["model", "check", "value", "expected", "outcome"]) { Choices = ["model", "outcome"] };
        foreach (var model in details.Checks.GroupBy(c => c.Model))
        {
            var folded = model.Where(c => c.Check.StartsWith("skew: ", StringComparison.Ordinal) && c.Outcome == "pass").ToList();
            foreach (var c in model.Where(c => !folded.Contains(c))) table.RowWithClass(RowClass(c.Outcome), c.Model, c.Check, c.Value, c.Expected, Outcome(c.Outcome));
            if (folded.Count > 0)
            {
                var worst = folded.MaxBy(c => c.Psi ?? 0)!;
                table.Row(model.Key, $"skew: {folded.Count} other features", $"largest PSI {F(worst.Psi ?? 0, "0.000")} ({worst.Drifted})", worst.Expected.Split(';')[0], Outcome("pass"));
            }
        }
        page.Table(table);
    }

    private static void Drift(PageWriter page, RunDetails details)
    {
        page.Heading("Drift of each feature (PSI against the model's training rows)");
        var measured = details.Checks.Where(c => c.Psi is not null && c.Drifted is not null).ToList();
        if (measured.Count == 0)
        {
            page.Notice("This run recorded no PSI (a model without a training profile, or a run scored before checks kept PSI as a number).");
            return;
        }
        var (warn, fail) = PsiThresholds(measured.Where(c => c.Drifted != "score"));
        page.Paragraph($"PSI below {F(warn, "0.0#")} is stable, {F(warn, "0.0#")}–{F(fail, "0.0#")} a shift worth a look (the check warns), {F(fail, "0.0#")} or more " +
                       "a different population (the check fails), at the thresholds this run was checked with. A drifted feature usually means a change in the data pipeline or in the market.");
        var models = measured.Select(c => c.Model).Distinct().ToList();
        foreach (var model in models)
            page.Chart(PsiChart.Of($"{model}: PSI per feature", measured.Where(c => c.Model == model).Select(c => new PsiBar(c.Drifted!, c.Psi!.Value)).ToList(), warn, fail),
                $"{model}: the score and each feature against the model's training rows, largest drift at the top.");
        var table = new HtmlTable("run-psi", ["feature", .. models.Select(m => $"PSI {m}")]);
        foreach (var feature in measured.Select(c => c.Drifted!).Distinct().Order(StringComparer.Ordinal))
            table.Row([feature, .. models.Select(m => measured.FirstOrDefault(c => c.Model == m && c.Drifted == feature) is { Psi: { } psi }
                ? new Cell(F(psi, "0.000"), F(psi, "R"), psi >= fail ? "num fail" : psi >= warn ? "num warn" : "num") : new Cell("-"))]);
        page.Table(table);
    }

    private static string? RowClass(string outcome) => outcome switch { "fail" => "fired", "warn" => "near", _ => null };

    private static Cell Outcome(string outcome) => outcome switch
    {
        "pass" => new Cell("pass", null, "ok"),
        "warn" => new Cell("warn", null, "warn"),
        "fail" => new Cell("FAIL", null, "fail"),
        _ => new Cell(outcome),
    };
}
