using System.Text.Json;
using LeadScore.Dashboard.Html;
using LeadScore.Warehouse;
using LeadScore.Warehouse.Lists;
using static LeadScore.Dashboard.Pages.FigureText;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// The newest published lead list (<c>lists.runs</c>, <c>lists.leads</c>): which list it is and the other lists' attempts,
/// every lead with its rep, tier, score, percentile, reasons and narrative in one table to filter, sort and download, the
/// reps' expected conversions and tier mix (chart and table, from the leads' rows), and the list's checks.
/// </summary>
public sealed partial class LeadListPage : DashboardPage
{
    public override string Path => "list.html";

    public override string Title => "Lead list";

    public override string Lead => "This month's leads: who calls whom, why each advisor is on the list, and whether every rep got a fair share.";

    private const string HowToBuild = "A list is built from a published scoring run with `leadscore leadlist --db W --month YYYY-MM` (see the README, \"The monthly lead list\").";

    public override void Render(PageWriter page, DashboardData data)
    {
        var lists = new Lazy<IReadOnlyList<ListRecord>>(() => ListStore.Runs(data.Warehouse));
        ListRecord? Shown() => lists.Value.Where(l => l.Status == AttemptStatus.Succeeded).OrderByDescending(l => l.ListId, StringComparer.Ordinal).FirstOrDefault();
        var leads = new Lazy<IReadOnlyList<PublishedLead>>(() => Shown() is { } list ? PublishedLead.Read(data.Warehouse, list.ListId) : []);

        page.Section("Which list", () => Which(page, lists.Value, Shown()), "which");
        page.Section("Leads", () =>
        {
            if (Shown() is not { } list) page.Notice(NoList(lists.Value), NoticeKind.Attention);
            else Leads(page, list, leads.Value);
        }, "leads");
        page.Section("Per rep", () =>
        {
            if (Shown() is not { } list) page.Notice(NoList(lists.Value), NoticeKind.Attention);
            else Reps(page, list, leads.Value);
        }, "reps");
        page.Section("The list's checks", () =>
        {
            if (Shown() is not { } list) page.Notice(NoList(lists.Value), NoticeKind.Attention);
            else Checks(page, list);
        }, "checks");
    }

    private static string NoList(IReadOnlyList<ListRecord> lists) => lists.Count == 0
        ? $"No lead list has been built in this warehouse yet. {HowToBuild}"
        : "No list attempt has been published: every attempt failed its checks (see \"Which list\" for the reasons).";

    private static void Which(PageWriter page, IReadOnlyList<ListRecord> lists, ListRecord? shown)
    {
        if (lists.Count == 0)
        {
            page.Notice($"No lead list has been built in this warehouse yet (no lists.runs). {HowToBuild}", NoticeKind.Attention);
            return;
        }
        if (shown is not null)
        {
            using var summary = JsonDocument.Parse(shown.Summary);
            var s = summary.RootElement;
            double expected = s.GetProperty("expected_conversions").GetDouble();
            var interval = s.GetProperty("expected_conversions_95");
            page.Figures(
                new Figure("list", shown.ListId, $"attempt {shown.Attempt}, built {Time(shown.FinishedAt)}"),
                new Figure("leads", N(shown.Leads), $"{shown.Reps} reps × {shown.PerSga} each"),
                new Figure("expected conversions", F(expected, "0.0"), $"95% interval {F(interval[0].GetDouble(), "0.0")}–{F(interval[1].GetDouble(), "0.0")}, from the tiers' rates"),
                new Figure("scored by", shown.Champion, $"scoring run {shown.ScoreRun} (as of {shown.AsOf:yyyy-MM-dd})"),
                new Figure("fairness", $"{F(s.GetProperty("spread").GetDouble(), "0.000")}", $"spread of expected conversions per rep ({s.GetProperty("assignment").GetString()}); " +
                                                                                              $"{s.GetProperty("comparison").GetString()} on the same pool: {F(s.GetProperty("comparison_spread").GetDouble(), "0.000")}"));
            page.Paragraph($"Policy {shown.Policy}, rules {shown.RulesVersion}; {N(shown.Dropped)} producing advisors were left off, each with the step and reason in lists.dropped " +
                           "(`leadscore leadlist explain CRD` says why one advisor is not on the list).");
            if (shown.Reason is { } note) page.Notice($"Published with a note: {note}", NoticeKind.Attention);
        }
        else page.Notice(NoList(lists), NoticeKind.Attention);
        page.Heading("Every list attempt");
        var table = new HtmlTable("list-attempts", ["list", "attempt", "status", "built", "scoring run", "champion", "policy", "leads", "reason"]);
        foreach (var l in lists.OrderByDescending(l => l.StartedAt))
            table.RowWithClass(l.Status == AttemptStatus.Failed ? "fired" : null, new Cell(l == shown ? $"{l.ListId} (shown)" : l.ListId, l.ListId), Cell.Number(l.Attempt),
                new Cell(l.Status == AttemptStatus.Succeeded ? "published" : l.Status, null, l.Status == AttemptStatus.Succeeded ? "ok" : l.Status == AttemptStatus.Failed ? "fail" : null),
                Time(l.FinishedAt), l.ScoreRun, l.Champion, l.Policy, Cell.Number(l.Leads), l.Reason ?? "");
        page.Table(table);
    }

    private static void Leads(PageWriter page, ListRecord list, IReadOnlyList<PublishedLead> leads)
    {
        if (leads.Count == 0)
        {
            page.Notice($"List {list.ListId} is recorded as published but lists.leads holds none of its leads.", NoticeKind.Problem);
            return;
        }
        page.Paragraph("Every lead of the list, by rep and rank. Type in the filter (a name, a firm, a reason) or pick a rep or a tier; " +
                       "click a heading to sort; the button downloads the rows shown as CSV. Score is the model's conversion probability; " +
                       "percentile 100 is the top 1% of all producing advisors; the reasons are what raised or lowered the score most.");
        // The narrative and the reasons are long: give them room, so a row stays a few lines high (the table scrolls sideways).
        page.Raw("<style>#leads td:nth-child(9) { min-width: 30rem; } #leads td:nth-child(n+10) { min-width: 12rem; } #leads td:nth-child(3), #leads td:nth-child(4) { min-width: 10rem; }</style>\n");
        var table = new HtmlTable("leads", ["rep", "rank", "advisor", "firm", "tier", "score", "percentile", "expected rate", "why (narrative)", "reason 1", "reason 2", "reason 3"])
        {
            Filter = true,
            Choices = ["rep", "tier"],
            CsvFile = $"list-{list.ListId}-shown.csv",
        };
        foreach (var lead in leads)
        {
            string Reason(int k) => k < lead.Reasons.Count ? $"{lead.Reasons[k].Feature} = {lead.Reasons[k].Value ?? "missing"}" : "";
            table.Row(lead.SgaName, Cell.Number(lead.Rank), $"{lead.FirstName} {lead.LastName} ({lead.AdvisorCrd})".Trim(), lead.FirmName ?? "", lead.FinalTier,
                Cell.Percent(lead.V4Score), Cell.Number(lead.V4Percentile), Cell.Percent(lead.ExpectedRate), lead.Narrative, Reason(0), Reason(1), Reason(2));
        }
        page.Table(table);
    }

    private static void Checks(PageWriter page, ListRecord list)
    {
        using var checks = JsonDocument.Parse(list.Checks);
        var rows = checks.RootElement.EnumerateArray().ToList();
        if (rows.Count == 0)
        {
            page.Notice($"List {list.ListId} recorded no checks.");
            return;
        }
        int failed = rows.Count(c => !c.GetProperty("passed").GetBoolean());
        page.Paragraph(failed == 0 ? $"All {rows.Count} checks passed before the list was published." : $"{failed} of {rows.Count} checks failed.");
        var table = new HtmlTable("list-checks", ["check", "value", "expected", "outcome"]);
        foreach (var c in rows)
        {
            bool passed = c.GetProperty("passed").GetBoolean();
            table.RowWithClass(passed ? null : "fired", c.GetProperty("check").GetString() ?? "", c.GetProperty("value").GetString() ?? "",
                c.GetProperty("expected").GetString() ?? "", passed ? new Cell("pass", null, "ok") : new Cell("FAIL", null, "fail"));
        }
        page.Table(table);
    }
}
