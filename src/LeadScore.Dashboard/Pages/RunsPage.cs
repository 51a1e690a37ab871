using LeadScore.Dashboard.Html;
using LeadScore.Warehouse;
using LeadScore.Warehouse.Scores;
using static LeadScore.Dashboard.Pages.FigureText;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// The scoring runs (<c>scores.runs</c>): every attempt with its status and reason, newest first; the newest published
/// run in full (its models, each model's score distribution binned in the warehouse, its checks, the drift of every
/// feature, its time per stage); the older published runs in one line each.
/// </summary>
public sealed partial class RunsPage : DashboardPage
{
    public override string Path => "runs.html";

    public override string Title => "Runs";

    public override string Lead => "Each month every producing advisor is scored by the live model and its challengers: did the run publish, do the scores look as they should, and have the inputs drifted?";

    private const string HowToScore = "A run is made with `leadscore score --db W --as-of YYYY-MM-DD` (see the README, \"The monthly scoring run\").";

    public override void Render(PageWriter page, DashboardData data)
    {
        // Read once; a section that cannot read the runs says why in its own place (the exception is kept and thrown again).
        var runs = new Lazy<IReadOnlyList<RunRecord>>(() => ScoreStore.Runs(data.Warehouse));
        RunRecord? Newest() => runs.Value.Where(r => r.Status == AttemptStatus.Succeeded).OrderByDescending(r => r.AsOf).ThenByDescending(r => r.StartedAt).FirstOrDefault();

        page.Section("Every attempt", () => Attempts(page, runs.Value));
        page.Section("Newest published run", () =>
        {
            if (Newest() is not { } run)
            {
                page.Notice(runs.Value.Count == 0 ? $"No scoring run has been recorded in this warehouse yet. {HowToScore}"
                    : "No attempt has published scores: every attempt above failed its checks (its reason says which); nothing is scored for the lead list.", NoticeKind.Attention);
                return;
            }
            Latest(page, data, run);
        }, "newest");
        page.Section("Older published runs", () => Older(page, runs.Value, Newest()));
    }

    private static void Attempts(PageWriter page, IReadOnlyList<RunRecord> runs)
    {
        if (runs.Count == 0)
        {
            page.Notice($"No scoring run has been recorded in this warehouse yet (no scores.runs). {HowToScore}", NoticeKind.Attention);
            return;
        }
        int failed = runs.Count(r => r.Status == AttemptStatus.Failed);
        page.Paragraph($"{FigureText.CountText(runs.Count, "attempt")} at {FigureText.CountText(runs.Select(r => r.RunId).Distinct().Count(), "run")}; " +
                       $"{FigureText.CountText(failed, "attempt")} failed a check and published nothing. An attempt that publishes marks the run's earlier published attempt replaced.");
        var table = new HtmlTable("attempts", ["run", "attempt", "as of", "status", "started", "took", "advisors", "score rows", "models", "reason"])
        {
            Choices = ["status"],
        };
        foreach (var r in runs.OrderByDescending(r => r.StartedAt))
        {
            string status = r.Status == AttemptStatus.Succeeded ? "ok" : r.Status == AttemptStatus.Failed ? "fail" : "";
            table.RowWithClass(r.Status == AttemptStatus.Failed ? "fired" : null, r.RunId, Cell.Number(r.Attempt), r.AsOf.ToString("yyyy-MM-dd"),
                new Cell(r.Status == AttemptStatus.Succeeded ? "published" : r.Status, null, status), Time(r.StartedAt), Seconds((r.FinishedAt - r.StartedAt).TotalSeconds),
                Cell.Number(r.Advisors), Cell.Number(r.ScoreRows), RunDetails.Of(r).ModelNames, r.Reason ?? "");
        }
        page.Table(table);
    }

    private static void Older(PageWriter page, IReadOnlyList<RunRecord> runs, RunRecord? newest)
    {
        var older = runs.Where(r => r.Status == AttemptStatus.Succeeded && r != newest).OrderByDescending(r => r.AsOf).ThenByDescending(r => r.StartedAt).ToList();
        if (older.Count == 0)
        {
            page.Notice(newest is null ? "No published run yet." : "The newest published run is the only one.");
            return;
        }
        var table = new HtmlTable("older-runs", ["run", "as of", "attempt", "advisors", "models", "checks passed", "warnings", "failures", "largest feature PSI", "took"]);
        foreach (var r in older)
        {
            var details = RunDetails.Of(r);
            var worst = details.Checks.Where(c => c.Psi is not null && c.Drifted != "score").MaxBy(c => c.Psi);
            table.Row(r.RunId, r.AsOf.ToString("yyyy-MM-dd"), Cell.Number(r.Attempt), Cell.Number(r.Advisors), details.ModelNames,
                Cell.Number(details.Count("pass")), new Cell(N(details.Count("warn")), details.Count("warn").ToString(), details.Count("warn") > 0 ? "num warn" : "num"),
                Cell.Number(details.Count("fail")), worst is null ? "-" : $"{F(worst.Psi!.Value, "0.000")} ({worst.Drifted}, {worst.Model})",
                Seconds((r.FinishedAt - r.StartedAt).TotalSeconds));
        }
        page.Table(table);
    }
}
