using LeadScore.Dashboard.Html;
using LeadScore.Registry;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// Which model is live and since when, how each version got where it is (the registry's event log as a timeline and
/// a table), each version's gates, sign-offs and files, and the recorded backtest of the challenger against the
/// champion. Everything is read from the registry's own replay of its log; nothing here decides a lifecycle move.
/// </summary>
public sealed partial class ModelsPage : DashboardPage
{
    public override string Path => "models.html";

    public override string Title => "Models";

    public override string Lead => "Which model is live and since when, how every version got where it is, and how the challenger compares with the champion.";

    public override void Render(PageWriter page, DashboardData data)
    {
        page.Section("Live now", () => LiveNow(page, data));
        page.Section("Who was live when", () => Timeline(page, data));
        page.Section("Registry events", () => Events(page, data));
        page.Section("Versions", () => Versions(page, data));
        page.Section("Champion against challenger", () => Comparison(page, data));
    }

    private static void LiveNow(PageWriter page, DashboardData data)
    {
        var state = data.State;
        var periods = StatusPeriod.Of(state);
        var live = state.LiveAt(data.Now);
        var figures = new List<Figure>();
        if (live is null)
            figures.Add(new Figure("Live model (champion)", "none", "no version is champion: the scoring run has no model to use", NoticeKind.Attention));
        else
        {
            var since = LiveSince(periods, live);
            figures.Add(new Figure("Live model (champion)", live, $"since {Time(since.Time)}, event #{since.Seq} ({Describe(since)})"));
        }
        var challengers = periods.Where(p => p.Ended is null && p.Status == ModelStatus.Challenger).ToArray();
        figures.Add(challengers.Length == 0
            ? new Figure("Challenger (shadow)", "none", "no version scores in the shadow")
            : new Figure("Challenger (shadow)", string.Join(", ", challengers.Select(c => c.Version)),
                string.Join("; ", challengers.Select(c => $"{c.Version} since {Time(c.From)}"))));
        figures.Add(new Figure("Versions", Count(state.Versions.Count),
            string.Join(", ", state.Versions.GroupBy(v => v.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Name()}"))));
        var last = state.Events.Count == 0 ? null : state.Events[^1];
        figures.Add(new Figure("Registry events", Count(state.Events.Count), last is null ? "the log is empty" : $"last: #{last.Seq} {last.Action} {last.Version}, {Time(last.Time)}"));
        var verify = data.Registry.Verify();
        figures.Add(verify.Valid
            ? new Figure("registry verify", "intact", "every event replays and every file matches its manifest")
            : new Figure("registry verify", $"{verify.Problems.Count} problem{(verify.Problems.Count == 1 ? "" : "s")}", verify.Problems[0], NoticeKind.Problem));
        page.Figures(figures);
        if (live is not null && LiveSince(periods, live) is { Action: "rollback" } rollback)
            page.Notice($"{live} is live again since the rollback of {rollback.Version} at {Time(rollback.Time)} by {rollback.Actor}: {rollback.Reason}", NoticeKind.Attention);
        if (state.Events.Count == 0)
            page.Notice($"The registry {data.Registry.Path} holds no version yet: register one with `leadscore registry register DIR --version V` or `registry import-xgboost`.");
    }

    /// <summary>The event that made <paramref name="version"/> the champion it is now.</summary>
    internal static RegistryEvent LiveSince(IReadOnlyList<StatusPeriod> periods, string version) =>
        periods.Last(p => p.Version == version && p.Status == ModelStatus.Champion).Began;

    /// <summary>An event in a few words: "promote by ana, FORCED".</summary>
    private static string Describe(RegistryEvent e) => $"{e.Action} by {e.Actor}{(e.Forced ? ", FORCED" : "")}";
}
