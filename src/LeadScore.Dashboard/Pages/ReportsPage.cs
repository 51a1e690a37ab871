using LeadScore.Backtest;
using LeadScore.Dashboard.Html;
using LeadScore.Registry;
using LeadScore.Reports.Internal;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// The evidence the registry keeps: every readiness report (each opens as a page of the site, the stored file
/// itself) and every backtest, with the version, the champion it was measured against, when, who, and its SHA-256.
/// </summary>
public sealed partial class ReportsPage : DashboardPage
{
    public override string Path => "reports.html";

    public override string Title => "Reports";

    public override string Lead => "The deployment readiness reports and backtests kept in the registry as evidence, each as it was recorded.";

    public override void Render(PageWriter page, DashboardData data)
    {
        page.Section("Readiness reports", () => Readiness(page, data));
        page.Section("Backtests", () => Backtests(page, data));
    }

    private static void Readiness(PageWriter page, DashboardData data)
    {
        var state = data.State;
        var reports = Recorded(state, "readiness");
        if (reports.Count == 0)
        {
            page.Notice($"No readiness report is recorded in {data.Registry.Path}. Write and record one with: leadscore report readiness --registry {data.Registry.Path} " +
                        "--challenger VERSION --out readiness.html --record");
            return;
        }
        var table = EvidenceTable("readiness-reports", ["format", "relied on by", "report (SHA-256)"],
            "Newest first. Each report opens (click its SHA-256) as it was recorded: an HTML report as written, a Markdown one rendered here.");
        foreach (var e in reports)
        {
            var sha = e.EvidenceSha256!;
            var kept = Kept(data.Registry, sha);
            string format = kept.Problem ?? (IsHtml(kept.Text!) ? "HTML" : "Markdown");
            var promotions = state.Events.Where(p => p.Action == "promote" && p.EvidenceSha256 == sha).Select(p => $"#{p.Seq} {p.Action} {p.Version}");
            table.Row([.. Described(e), new Cell(format, Class: kept.Problem is null ? null : "fail"), string.Join(", ", promotions), new Cell(Short(sha), sha, "sha", DocumentPath(sha))]);
        }
        var newest = reports[0];
        page.Figures(
            new Figure("readiness reports", Count(reports.Count)),
            new Figure("newest", $"{newest.Version} vs {newest.Against}", $"{Time(newest.Time)} by {newest.Actor}"));
        page.Table(table);
    }

    private static void Backtests(PageWriter page, DashboardData data)
    {
        var backtests = Recorded(data.State, "backtest");
        if (backtests.Count == 0)
        {
            page.Notice("No backtest is recorded in the registry. Record one with: leadscore backtest --registry " +
                        $"{data.Registry.Path} --champion registry:CHAMPION --challenger registry:CHALLENGER --data LEADS.parquet --record");
            return;
        }
        var table = EvidenceTable("backtests", ["verdict", "rate difference, paired 95% interval (points)", "SHA-256"],
            "Newest first. The verdict and the paired interval are read from the kept file, evidence/ and its SHA-256 (the first 12 digits shown).");
        foreach (var e in backtests)
        {
            var (verdict, interval) = Outcome(data.Registry, e.EvidenceSha256!);
            table.Row([.. Described(e), verdict, new Cell(interval, Class: "num"), new Cell(Short(e.EvidenceSha256!), e.EvidenceSha256, "sha")]);
        }
        page.Table(table);
    }

    // The evidence events of a kind, newest first.
    private static List<RegistryEvent> Recorded(RegistryState state, string kind) =>
        state.Events.Where(e => e.Action == "evidence" && e.Kind == kind && e.EvidenceSha256 is not null).OrderByDescending(e => e.Seq).ToList();

    // A table of evidence events: what every one says (the event, when, which version against which, who, the summary), then the kind's own columns.
    private static HtmlTable EvidenceTable(string id, string[] columns, string caption) =>
        new(id, ["#", "recorded (UTC)", "version", "against", "by", "summary", .. columns])
        {
            Filter = true,
            Choices = ["version"],
            CsvFile = id + ".csv",
            Caption = caption,
        };

    private static Cell[] Described(RegistryEvent e) =>
        [Cell.Number(e.Seq), new(Time(e.Time), e.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture)), e.Version, e.Against ?? "", e.Actor, e.Evidence ?? ""];

    private static (Cell Verdict, string Interval) Outcome(ModelRegistry registry, string sha)
    {
        var kept = Kept(registry, sha);
        if (kept.Problem is { } problem) return (new Cell(problem, Class: "fail"), "");
        try
        {
            var b = BacktestResult.Read(registry.EvidencePath(sha));
            var rate = b.Comparison.Paired.Rate;
            return (new Cell(SummarySection.Verdict(b.Comparison.Verdict), Class: b.Comparison.Verdict == BacktestVerdict.ChallengerBetter ? "ok" : "warn"),
                $"{Points(rate.Estimate)} ({Points(rate.Lower)} to {Points(rate.Upper)})");
        }
        catch (BacktestException e)
        {
            return (new Cell($"unreadable: {e.Message.Split('\n')[0]}", Class: "fail"), "");
        }
    }
}
