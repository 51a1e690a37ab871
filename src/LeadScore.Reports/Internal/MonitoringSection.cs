using System.Text;
using LeadScore.Metrics;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>
/// The monitoring plan and rollback criteria: the seed document's, stated as the plan and labelled as such (there is
/// no monitoring config yet), with the challenger's backtest figures beside the seed's targets, and the rollback as
/// leadscore performs it.
/// </summary>
internal static class MonitoringSection
{
    public static ReportSection Of(ReportContext c)
    {
        var b = c.Backtest;
        var h = b.Challenger;
        var sb = new StringBuilder();
        sb.Append("> **The seed document's criteria, stated as the plan.** leadscore has no monitoring config yet; until it has, this plan is the original " +
                  "team's (domain spec §8.5–8.6). When the monitoring config exists, this section will be drawn from it.\n\n");
        var bottom = h.Deciles.Take(2).ToArray();
        var bottomRate = Wilson.Interval(bottom.Sum(d => d.Conversions), bottom.Sum(d => d.Count));
        var mqls = ConversionForecast.For(h.Conversions, h.Kept, 2800);
        var top = h.Deciles[^1];
        string[] ours =
        [
            $"{Lift(top.Lift)}, decile 9 over the window's rate",
            $"{Rate(h.Rate)}, leads kept",
            $"{Number(mqls.Expected, "0.0")} ({mqls.Lower}–{mqls.Upper}), predictive",
            $"{Rate(bottomRate)}, deciles 0–1",
            $"{Auc(h.Auc.Auc)} ({Auc(h.Auc.Lower)}–{Auc(h.Auc.Upper)})",
        ];
        sb.Append("Targets, with the challenger's figures on this backtest's leads beside the seed's own backtest values:\n\n");
        sb.Append(Table(["Metric", "Target", $"{c.Challenger} on this backtest (95%)", "Seed backtest value"],
            SeedMonitoringPlan.Targets.Select((t, i) => (IReadOnlyList<string>)[t.Metric, t.Goal, ours[i], t.SeedValue]).ToArray()));
        sb.Append($"\n- **Cadence:** {SeedMonitoringPlan.Cadence}\n");
        sb.Append($"- **Shadow phase:** {SeedMonitoringPlan.Shadow}\n");
        sb.Append($"- **Week-1 acceptance:** {SeedMonitoringPlan.WeekOne}\n\n");
        sb.Append("Rollback criteria:\n\n");
        sb.Append(Table(["Trigger", "Conditions", "Act within"], SeedMonitoringPlan.Triggers.Select(t => (IReadOnlyList<string>)[t.Kind, Escape(t.Conditions), t.ActWithin]).ToArray()));
        sb.Append($"\nRolling back is one registry event: {Code($"leadscore registry rollback --reason \"...\"")} makes the previous champion ({c.Champion}) live again " +
                  $"and marks {c.Challenger} rolled back; the next scoring run scores with the champion, and the version's calibrator goes back with it " +
                  "(it is one of the version's files). The reason is logged with the event: state the metric that crossed its threshold and the cause.\n");
        return new ReportSection("Monitoring plan and rollback criteria", sb.ToString());
    }
}
