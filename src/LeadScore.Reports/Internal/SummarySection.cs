using System.Text;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>
/// The executive summary: both rates with their intervals, the conversions a list should bring, the lifts, and how
/// sure the comparison is, each figure named for what it is (the paired interval, the Bayesian probability with its
/// prior, DeLong), never a bare "confidence %".
/// </summary>
internal static class SummarySection
{
    public static ReportSection Of(ReportContext c)
    {
        var b = c.Backtest;
        var (a, h) = (b.Champion, b.Challenger);
        var cmp = b.Comparison;
        var sb = new StringBuilder();
        sb.Append($"{c.Challenger} was compared with {c.Champion} on {Count(b.Leads)} leads contacted {b.Window} ({Count(b.Conversions)} converted, " +
                  $"{Percent((double)b.Conversions / b.Leads)}). Each model kept the leads its own scores select under the {b.Policy} policy.\n\n");
        sb.Append(Table(["", c.ChampionLabel, c.ChallengerLabel],
        [
            ["Leads kept", Count(a.Kept), Count(h.Kept)],
            ["Conversion rate (95% Wilson interval)", Rate(a.Rate), Rate(h.Rate)],
            [$"Lift over the baseline {Percent(b.Baseline)}", Lift(a.Lift), Lift(h.Lift)],
            [$"Expected conversions from a list of {Count(b.ListSize)} (95% predictive interval)", Forecast(a.Forecast), Forecast(h.Forecast)],
            ["AUC on every lead (95% DeLong interval)", $"{Auc(a.Auc.Auc)} ({Auc(a.Auc.Lower)}–{Auc(a.Auc.Upper)})", $"{Auc(h.Auc.Auc)} ({Auc(h.Auc.Lower)}–{Auc(h.Auc.Upper)})"],
        ], 1, 2));
        sb.Append("\nHow sure the comparison is: three questions, three answers. None of them is a \"confidence that the challenger is better\".\n\n");
        sb.Append($"- **Paired bootstrap** (does the challenger's selection convert better?): {Points(cmp.Paired.Rate.Estimate)} percentage points, " +
                  $"95% paired interval {Points(cmp.Paired.Rate.Lower)} to {Points(cmp.Paired.Rate.Upper)}; higher in {Percent(cmp.Paired.Rate.ShareHigher, 1)} of " +
                  $"{Count(b.Replicates)} resamples of the {Count(b.Leads)} leads (seed {b.Seed}). The verdict rests on this interval.\n");
        sb.Append($"- **Bayesian probability**: with a Beta({Number(cmp.Bayes.PriorAlpha, "0.##")}, {Number(cmp.Bayes.PriorBeta, "0.##")}) prior on each rate, " +
                  $"the probability that the challenger's selection truly converts better is {Percent(cmp.Bayes.Probability, 1)}. It treats the two selections as " +
                  $"independent samples; they share {Count(cmp.Overlap.Both)} leads, so it understates what the paired interval shows.\n");
        sb.Append($"- **DeLong** (does the challenger rank every lead better?): AUC difference {Signed(cmp.Auc.Difference, "0.0000")}, " +
                  $"95% interval {Signed(cmp.Auc.Lower, "0.0000")} to {Signed(cmp.Auc.Upper, "0.0000")}, p = {Number(cmp.Auc.PValue, "0.000")}.\n");
        if (b.Legacy is { } legacy)
            sb.Append($"- The seed report's \"66.1% statistical confidence\" is none of these: recomputed here as {Percent(legacy.Confidence.Confidence, 2)}, it is the " +
                      "chance that one normal draw beats another when each rate is given an assumed 10% spread, whatever the number of leads (see Backtest).\n");
        sb.Append($"\n**Backtest verdict: {Verdict(cmp.Verdict)}.** {Escape(cmp.Meaning)}\n\n");
        sb.Append($"**Recommendation: {c.Decision.Rule.Outcome.Words().ToLowerInvariant()}**, by rule {Code(c.Decision.Rule.Name)} of {c.RulesName} (see Recommendation).\n");
        return new ReportSection("Executive summary", sb.ToString());
    }

    public static string Forecast(LeadScore.Metrics.ConversionForecast f) => $"{Number(f.Expected, "0.0")} ({f.Lower}–{f.Upper})";

    public static string Verdict(LeadScore.Backtest.BacktestVerdict verdict) => ReadinessFacts.VerdictName(verdict).Replace('-', ' ');
}
