using System.Globalization;
using System.Text;
using LeadScore.Backtest;
using LeadScore.Metrics;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>The backtest as the evidence holds it: policy, data and window, both arms, the deciles, every comparison with its sentence, the notes, and the original's backtest reproduced when present.</summary>
internal static class BacktestSection
{
    public static ReportSection Of(ReportContext c)
    {
        var b = c.Backtest;
        var (a, h) = (b.Champion, b.Challenger);
        var cmp = b.Comparison;
        var sb = new StringBuilder();
        sb.Append($"Policy **{b.Policy}**: {Escape(b.PolicyDescription)}. Leads: {Escape(b.Data)}, contacted {b.Window} ({b.Months} months): " +
                  $"{Count(b.Leads)} leads, {Count(b.Conversions)} converted ({Percent((double)b.Conversions / b.Leads)}). Lifts are over {Percent(b.Baseline)}, " +
                  $"{Escape(b.BaselineSource)}. Forecasts are for a list of {Count(b.ListSize)} leads. The paired bootstrap drew {Count(b.Replicates)} resamples " +
                  $"from seed {b.Seed}.\n\n");
        sb.Append(Table(["", c.ChampionLabel, c.ChallengerLabel],
        [
            ["Model as scored", Model(a.Model), Model(h.Model)],
            ["Leads kept", Count(a.Kept), Count(h.Kept)],
            ["Conversions", Count(a.Conversions), Count(h.Conversions)],
            ["Conversion rate (95% Wilson)", Rate(a.Rate), Rate(h.Rate)],
            [$"Lift over {Percent(b.Baseline)}", Lift(a.Lift), Lift(h.Lift)],
            [$"Expected conversions from {Count(b.ListSize)} leads (95% predictive)", SummarySection.Forecast(a.Forecast), SummarySection.Forecast(h.Forecast)],
            ["Conversion rate of the leads left out (95% Wilson)", a.Left is null ? "–" : Rate(a.Left), h.Left is null ? "–" : Rate(h.Left)],
            ["AUC on every lead (95% DeLong)", $"{Auc(a.Auc.Auc)} ({Auc(a.Auc.Lower)}–{Auc(a.Auc.Upper)})", $"{Auc(h.Auc.Auc)} ({Auc(h.Auc.Lower)}–{Auc(h.Auc.Upper)})"],
        ], 1, 2));
        sb.Append($"\n### By score decile\n\nEach model's scores cut into equal-count deciles over all {Count(b.Leads)} leads (decile 9 holds the highest scores); " +
                  $"lift is the decile's rate over the window's {Percent((double)b.Conversions / b.Leads)}.\n\n");
        sb.Append(Table(["Decile", $"{c.Champion} leads", "conversions", "rate (95% Wilson)", "lift", $"{c.Challenger} leads", "conversions", "rate (95% Wilson)", "lift"],
            a.Deciles.Zip(h.Deciles).Select(p => (IReadOnlyList<string>)
            [
                p.First.Decile.ToString(CultureInfo.InvariantCulture), Count(p.First.Count), Count(p.First.Conversions), Rate(Wilson.Interval(p.First.Conversions, p.First.Count)), Lift(p.First.Lift),
                Count(p.Second.Count), Count(p.Second.Conversions), Rate(Wilson.Interval(p.Second.Conversions, p.Second.Count)), Lift(p.Second.Lift),
            ]).ToArray(), 0, 1, 2, 4, 5, 6, 8));
        sb.Append("\n### Comparison\n\n");
        sb.Append($"- **Overlap.** {Escape(cmp.Overlap.Meaning)}\n");
        sb.Append($"- **Paired bootstrap.** {Escape(cmp.Paired.Meaning)}\n");
        sb.Append($"- **Top-decile lift, paired.** {Escape(cmp.Paired.TopDecileLift.Meaning)}\n");
        sb.Append($"- **Newcombe, as if the arms were independent.** {Escape(cmp.Newcombe.Meaning)}\n");
        sb.Append($"- **DeLong.** {Escape(cmp.AucMeaning)}\n");
        sb.Append($"- **Bayes.** {Escape(cmp.Bayes.Meaning)}\n");
        sb.Append($"- **Power.** {Escape(cmp.PowerMeaning)}\n");
        sb.Append($"- **Verdict: {SummarySection.Verdict(cmp.Verdict)}.** {Escape(cmp.Meaning)}\n");
        if (b.Notes.Count > 0)
        {
            sb.Append("\n### Notes\n\n");
            foreach (var note in b.Notes) sb.Append($"- {Escape(note)}\n");
        }
        if (b.Legacy is { } legacy) sb.Append(LegacyTables.Of(legacy));
        var figures = new List<ReportFigure> { ReadinessCharts.Deciles(c), ReadinessCharts.Scores(c) };
        return new ReportSection("Backtest", 2, sb.ToString(), figures);
    }

    private static string Model(BacktestModel m) =>
        $"{Escape(m.Version ?? m.Name)}: {Code(Short(m.Sha256))}, {m.Trees} trees, {m.Features} features, schema {Escape(m.Schema)}";
}
