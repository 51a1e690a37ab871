using System.Text.Json;
using LeadScore.Dashboard.Html;
using LeadScore.Monitoring;
using LeadScore.Registry;
using LeadScore.Warehouse.Lists;
using LeadScore.Warehouse.Scores;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// The first page: which model is live and since when, the challengers beside it, the last scoring run and its checks,
/// this month's list, each monitoring rule's state with its evidence, and what needs attention.
/// </summary>
public sealed class OverviewPage : DashboardPage
{
    public override string Path => DashboardSite.Index;

    public override string Title => "Overview";

    public override string Lead => "Which model is live, what it scored this month, the list it made, and what needs attention.";

    public override void Render(PageWriter page, DashboardData data)
    {
        var attention = new List<(string Text, NoticeKind Kind)>();
        page.Section("Needs attention", () => page.Raw(AttentionPlaceholder), "attention");
        page.Section("Models", () => Models(page, data, attention), "models");
        page.Section("Last scoring run", () => LastRun(page, data, attention), "run");
        page.Section("This month's list", () => List(page, data, attention), "list");
        page.Section("Monitoring rules", () => Rules(page, data, attention), "rules");
        // The attention list is known only once every section has read its source: it replaces its placeholder.
        var notices = new PageWriter();
        if (attention.Count == 0) notices.Notice("Nothing needs attention: no failed check, no fired rule, every source readable.");
        foreach (var (text, kind) in attention.OrderByDescending(a => a.Kind)) notices.Notice(text, kind);
        page.Replace(AttentionPlaceholder, notices.ToString());
    }

    private const string AttentionPlaceholder = "<!--attention-->";

    private static void Models(PageWriter page, DashboardData data, List<(string, NoticeKind)> attention)
    {
        if (!data.HasRegistry) throw new InvalidOperationException("no model registry was given (serve --registry R)");
        RegistryState state;
        try
        {
            state = data.State;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            attention.Add(($"The registry cannot be read: {e.Message.Split('\n')[0]}", NoticeKind.Problem));
            throw;
        }
        var periods = StatusPeriod.Of(state);
        // When a version reached its present status: the start of its open period.
        DateTimeOffset Since(string version) => periods.Last(p => p.Version == version).From;
        var champion = state.Champion;
        var challengers = state.Versions.Where(v => v.Status == ModelStatus.Challenger).OrderBy(v => v.RegisteredAt).ToList();
        if (champion is null) attention.Add(("No model is live: the registry has no champion.", NoticeKind.Problem));
        page.Figures(
            new Figure("Live model (champion)", champion ?? "none", champion is null ? "promote one: leadscore registry promote V" : $"since {Since(champion):yyyy-MM-dd HH:mm} UTC",
                champion is null ? NoticeKind.Problem : null),
            new Figure("Challenger (shadow)", challengers.Count == 0 ? "none" : string.Join(", ", challengers.Select(c => c.Version)),
                challengers.Count == 0 ? "no model scores in shadow" : "scored beside the champion on the same advisors"),
            new Figure("Versions", state.Versions.Count.ToString("N0"), $"{state.Events.Count:N0} events in the log"));
        var table = new HtmlTable("overview-models", ["version", "status", "since", "registered", "last event"]);
        foreach (var v in state.Versions.OrderBy(v => Order(v.Status)).ThenByDescending(v => v.RegisteredAt))
        {
            var last = state.Events.Last(e => e.Changes.Any(c => c.Version == v.Version) || e.Version == v.Version);
            table.Row(v.Version, v.Status.Name(), $"{Since(v.Version):yyyy-MM-dd HH:mm}", $"{v.RegisteredAt:yyyy-MM-dd HH:mm}",
                $"#{last.Seq} {last.Action}{(last.Reason is null ? "" : ": " + last.Reason)}");
        }
        page.Table(table);
        page.Paragraph("The timeline of who was live when, the gates and the backtest are on the Models page.", "lead");
    }

    private static int Order(ModelStatus status) => status switch
    {
        ModelStatus.Champion => 0,
        ModelStatus.Challenger => 1,
        ModelStatus.Candidate => 2,
        _ => 3,
    };

    private static void LastRun(PageWriter page, DashboardData data, List<(string, NoticeKind)> attention)
    {
        var warehouse = Warehouse(data, attention);
        if (!warehouse.HasTable(ScoreStore.RunsTable) || ScoreStore.Runs(warehouse).Count == 0)
        {
            page.Notice($"No scoring run yet in {data.Sources.Database}: run `leadscore score --db {data.Sources.Database} --as-of DATE`.", NoticeKind.Attention);
            attention.Add(("No scoring run has been published yet.", NoticeKind.Attention));
            return;
        }
        var runs = ScoreStore.Runs(warehouse);
        var last = runs.OrderBy(r => r.StartedAt).Last();
        var published = runs.Where(r => r.Status == "succeeded").OrderBy(r => r.StartedAt).LastOrDefault();
        if (last.Status == "failed")
            attention.Add(($"The last scoring attempt ({last.RunId}, attempt {last.Attempt}) failed its checks: {last.Reason}", NoticeKind.Problem));
        if (published is null) return;
        var details = RunDetails.Of(published);
        var checks = details.Checks;
        int warnings = details.Count("warn"), failures = details.Count("fail");
        if (warnings > 0) attention.Add(($"Run {published.RunId}: {warnings} check warning(s): {string.Join("; ", checks.Where(c => c.Outcome == "warn").Take(4).Select(c => $"{c.Model} {c.Check}"))}{(warnings > 4 ? "; …" : "")} (Runs page).", NoticeKind.Attention));
        page.Figures(
            new Figure("Published run", published.RunId, $"as of {published.AsOf:yyyy-MM-dd}, attempt {published.Attempt}"),
            new Figure("Advisors scored", published.Advisors.ToString("N0"), details.ModelNames),
            new Figure("Checks", $"{checks.Count - warnings - failures} pass", $"{warnings} warning(s), {failures} failure(s)", warnings + failures > 0 ? NoticeKind.Attention : null),
            new Figure("Finished", $"{published.FinishedAt:yyyy-MM-dd HH:mm}", $"{(published.FinishedAt - published.StartedAt).TotalSeconds:0.0} s"));
    }

    private static void List(PageWriter page, DashboardData data, List<(string, NoticeKind)> attention)
    {
        var warehouse = Warehouse(data, attention);
        var lists = warehouse.HasTable(ListStore.RunsTable) ? ListStore.Runs(warehouse) : [];
        var published = lists.Where(l => l.Status == "succeeded").OrderBy(l => l.Month).ThenBy(l => l.StartedAt).LastOrDefault();
        if (published is null)
        {
            page.Notice($"No published list yet: run `leadscore leadlist --db {data.Sources.Database} --month YYYY-MM`.", NoticeKind.Attention);
            return;
        }
        var failed = lists.Where(l => l.Status == "failed" && l.StartedAt > published.StartedAt).ToList();
        foreach (var f in failed) attention.Add(($"List {f.ListId} attempt {f.Attempt} failed: {f.Reason}", NoticeKind.Problem));
        using var summary = JsonDocument.Parse(published.Summary);
        double expected = summary.RootElement.GetProperty("expected_conversions").GetDouble();
        if (published.Reason is not null) attention.Add(($"List {published.ListId} was published short: {published.Reason}", NoticeKind.Attention));
        page.Figures(
            new Figure("List", published.ListId, $"from run {published.ScoreRun}, champion {published.Champion}"),
            new Figure("Leads", published.Leads.ToString("N0"), $"{published.Reps} reps × {published.PerSga} each"),
            new Figure("Expected conversions", expected.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), "sum of the tiers' expected rates"),
            new Figure("Published", $"{published.FinishedAt:yyyy-MM-dd HH:mm}", $"policy {published.Policy}, rules {published.RulesVersion}"));
        page.Paragraph("Every lead with its rep, tier, score and reasons is on the Lead list page.", "lead");
    }

    private static void Rules(PageWriter page, DashboardData data, List<(string, NoticeKind)> attention)
    {
        Warehouse(data, attention);
        var state = MonitoringState.Read(data, reliabilities: false);
        if (state is null)
        {
            page.Notice("No outcomes imported yet, so no rule can be judged: import the list's outcomes with `leadscore outcomes import FILE`.", NoticeKind.Info);
            return;
        }
        var report = state.Report;
        var strongest = report.Strongest;
        if (strongest != RuleAction.None)
            attention.Add(($"Monitoring ({state.Rules.Name} rules, as of {state.AsOf:yyyy-MM-dd}): {strongest.Text()}: {report.Meaning}",
                strongest >= RuleAction.PlannedRollback ? NoticeKind.Problem : NoticeKind.Attention));
        page.Paragraph($"List {state.Inputs.List.ListId}, {state.Inputs.Leads.Count:N0} leads with outcomes, judged as of {state.AsOf:yyyy-MM-dd} ({state.AsOfSource}) " +
                       $"by the {state.Rules.Name} rules: {strongest.Text()}.");
        var table = new HtmlTable("overview-rules", ["rule", "model", "state", "action", "evidence"]);
        foreach (var r in report.Rules)
            table.RowWithClass(r.Fired ? "fired" : null, r.Rule, r.Model, r.Fired ? "FIRED" : "quiet", r.Action.Text(), r.Evidence);
        page.Table(table);
    }

    private static LeadScore.Warehouse.Warehouse Warehouse(DashboardData data, List<(string, NoticeKind)> attention)
    {
        try
        {
            return data.Warehouse;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var line = $"The warehouse cannot be read: {e.Message.Split('\n')[0]}";
            if (!attention.Any(a => a.Item1 == line)) attention.Add((line, NoticeKind.Problem));
            throw;
        }
    }
}
