using LeadScore.Charts;
using LeadScore.Dashboard.Html;
using LeadScore.Registry;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Dashboard.Pages;

public sealed partial class ModelsPage
{
    private static readonly Dictionary<ModelStatus, TimelineCategory> Categories = new()
    {
        [ModelStatus.Candidate] = new("candidate", TimelineTone.Waiting),
        [ModelStatus.Challenger] = new("challenger (shadow)", TimelineTone.Shadow),
        [ModelStatus.Champion] = new("champion (live)", TimelineTone.Live),
        [ModelStatus.Deprecated] = new("deprecated", TimelineTone.Retired),
        [ModelStatus.RolledBack] = new("rolled back", TimelineTone.Pulled),
        [ModelStatus.Archived] = new("archived", TimelineTone.Stored),
    };

    private static void Timeline(PageWriter page, DashboardData data)
    {
        var state = data.State;
        var periods = StatusPeriod.Of(state);
        if (periods.Count == 0)
        {
            page.Notice("No version is registered yet, so no model has been live.");
            return;
        }
        var rows = periods.GroupBy(p => p.Version).OrderBy(g => g.First().Began.Seq)
            .Select(g => new TimelineRow(g.Key, g.Select(p => new TimelineSpan(p.From, p.Until(data.Now), Categories[p.Status])).ToArray())).ToArray();
        page.Chart(TimelineChart.Of("Status of every version over time", rows, data.Now, $"now ({data.Now.UtcDateTime:yyyy-MM-dd})"),
            $"One band per version (first registered at the top), coloured by its status from the event that set it to the next; the line at the right is now, {Time(data.Now)}. Read from the registry's event log.");

        var champions = new HtmlTable("champion-periods", ["version", "live from (UTC)", "live until (UTC)", "days live", "made champion by", "why", "ended by", "why it ended"])
        {
            Caption = "Every period a version was the champion, the model the scoring run uses.",
        };
        foreach (var p in periods.Where(p => p.Status == ModelStatus.Champion))
            champions.RowWithClass(p.Ended is null ? null : p.Ended.Action == "rollback" ? "fired" : null,
                p.Version, new Cell(Time(p.From), p.From.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                p.Ended is null ? new Cell("still live", "9999999999") : new Cell(Time(p.Ended.Time), p.Ended.Time.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Cell.Number((p.Until(data.Now) - p.From).TotalDays, "0.0"),
                $"#{p.Began.Seq} {Describe(p.Began)}", p.Began.Reason ?? "", p.Ended is null ? "" : $"#{p.Ended.Seq} {Describe(p.Ended)}", p.Ended?.Reason ?? "");
        page.Heading("Champions");
        page.Table(champions);
    }

    private static void Events(PageWriter page, DashboardData data)
    {
        var state = data.State;
        var kinds = state.Events.Where(e => e.Action == "evidence" && e.EvidenceSha256 is not null)
            .GroupBy(e => e.EvidenceSha256!).ToDictionary(g => g.Key, g => g.First().Kind);
        var table = new HtmlTable("registry-events", ["#", "time (UTC)", "by", "action", "version", "changes", "reason", "evidence", "forced"])
        {
            Filter = true,
            Choices = ["action", "version"],
            CsvFile = "registry-events.csv",
            Caption = "Every line of events.jsonl, oldest first. Evidence: the first 12 digits of the SHA-256 of the file an event relied on or kept, and its kind. Rollbacks in red, forced changes in amber.",
        };
        foreach (var e in state.Events)
        {
            string changes = string.Join("; ", e.Changes.Select(c => $"{c.Version} {c.From ?? "(new)"} -> {c.To}"));
            string action = e.Action + (e.Role is null ? "" : $" ({e.Role})");
            string reason = e.Action switch
            {
                "evidence" => $"{e.Evidence} (against {e.Against})",
                "register" => $"from {e.Evidence}",
                _ => e.Reason ?? "",
            };
            string evidence = e.EvidenceSha256 is not { } sha ? "" : $"{Short(sha)} ({e.Kind ?? kinds.GetValueOrDefault(sha) ?? "file"})";
            table.RowWithClass(e.Action == "rollback" ? "fired" : e.Forced ? "near" : null,
                Cell.Number(e.Seq), new Cell(Time(e.Time), e.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture)), e.Actor, action, e.Version,
                changes, reason, new Cell(evidence, Class: e.EvidenceSha256 is null ? null : "sha"), new Cell(e.Forced ? "FORCED" : "", Class: e.Forced ? "fail" : null));
        }
        page.Figures(
            new Figure("events", Count(state.Events.Count)),
            new Figure("promotions", Count(state.Events.Count(e => e.Action == "promote"))),
            new Figure("forced", Count(state.Events.Count(e => e.Forced)), "gates, backtest or sign-offs overridden", state.Events.Any(e => e.Forced) ? NoticeKind.Attention : null),
            new Figure("rollbacks", Count(state.Events.Count(e => e.Action == "rollback")), null, state.Events.Any(e => e.Action == "rollback") ? NoticeKind.Attention : null));
        page.Table(table);
    }
}
