using System.Globalization;
using LeadScore.Backtest;
using LeadScore.Backtest.Legacy;
using LeadScore.Cli.Commands;
using LeadScore.Cli.Terminal;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>What a backtest shows: both arms side by side, each comparison with its sentence, the legacy table when asked, the caveats and the verdict.</summary>
public static class BacktestView
{
    public static void Show(CliOutput output, BacktestResult r)
    {
        output.Line($"policy {r.Policy}: {r.PolicyDescription}");
        var arms = new Table().Title($"{r.Leads:N0} leads contacted {r.Window}, {r.Conversions:N0} converted ({P(r.Conversions / (double)r.Leads)})")
            .AddPlainColumns("", "champion", "challenger");
        var (a, b) = (r.Champion, r.Challenger);
        arms.AddPlainRow("model", Name(a.Model), Name(b.Model));
        arms.AddPlainRow("leads kept", a.Kept.ToString("N0", C), b.Kept.ToString("N0", C));
        arms.AddPlainRow("conversions", a.Conversions.ToString("N0", C), b.Conversions.ToString("N0", C));
        arms.AddPlainRow("rate (95% Wilson)", Rate(a.Rate), Rate(b.Rate));
        arms.AddPlainRow($"lift over {P(r.Baseline)}", $"{a.Lift:0.00}x", $"{b.Lift:0.00}x");
        arms.AddPlainRow($"conversions from {r.ListSize:N0} leads (95%)", Forecast(a.Forecast), Forecast(b.Forecast));
        arms.AddPlainRow("rate of the leads left out", a.Left is null ? "-" : Rate(a.Left), b.Left is null ? "-" : Rate(b.Left));
        arms.AddPlainRow("AUC on every lead (95%)", $"{a.Auc.Auc:0.0000} ({a.Auc.Lower:0.0000}–{a.Auc.Upper:0.0000})", $"{b.Auc.Auc:0.0000} ({b.Auc.Lower:0.0000}–{b.Auc.Upper:0.0000})");
        output.Console.Write(arms);
        output.Line($"baseline: {r.BaselineSource}");

        var c = r.Comparison;
        output.Line($"overlap: {c.Overlap.Meaning}");
        output.Line($"paired bootstrap ({r.Replicates:N0} resamples, seed {r.Seed}): {c.Paired.Meaning}");
        output.Line($"top-decile lift: {c.Paired.TopDecileLift.Meaning}");
        output.Line($"Newcombe (as if independent): {c.Newcombe.Meaning}");
        output.Line($"DeLong: {c.AucMeaning}");
        output.Line($"Bayes: {c.Bayes.Meaning}");
        output.Line($"power: {c.PowerMeaning}");
        if (r.Legacy is { } legacy) ShowLegacy(output, legacy);
        foreach (var note in r.Notes) output.Line($"note: {note}");
        output.Line($"verdict: {BacktestCommand.Verdict(c.Verdict)}. {c.Meaning}");
    }

    private static void ShowLegacy(CliOutput output, LegacyResult l)
    {
        var table = new Table().Title("the original's backtest reproduced (fixtures' TEST leads), then like for like").AddPlainColumns("procedure", "model", "bins", "removed", "kept", "conversions", "rate");
        foreach (var row in l.Original.Concat(l.LikeForLike))
            table.AddPlainRow(row.Procedure, row.Model, row.Bins == 0 ? "-" : row.Bins.ToString(C), row.Removed.ToString("N0", C), row.Kept.ToString("N0", C),
                row.Conversions.ToString("N0", C), P(row.Rate, "0.000"));
        output.Console.Write(table);
        var headline = new Table().Title($"the seed report's figures, from its final pools ({l.FinalPoolC.Conversions} of {l.FinalPoolC.Leads:N0} and {l.FinalPoolD.Conversions} of {l.FinalPoolD.Leads:N0}, after a V3 tier filter the fixtures lack)")
            .AddPlainColumns("figure", "published", "recomputed here", "what it is");
        headline.AddPlainRow("conversion improvement", "+6.1%", $"{100 * l.Improvement:+0.0}%", "(d − c) / c of two point rates");
        headline.AddPlainRow("MQLs per month", "127 → 135, +8", $"{l.MqlsC} → {l.MqlsD}, {l.MqlsD - l.MqlsC:+0}", "int(2,800 × rate), truncated before subtracting");
        headline.AddPlainRow("statistical confidence", "66.1%", $"{100 * l.Confidence.Confidence:0.00}% (loop), {100 * l.Confidence.ClosedForm:0.00}% (closed form)", "P(one normal draw beats another), each rate ±10% assumed");
        headline.AddPlainRow("rate 95% CI", "3.66–5.44%, 3.86–5.76%", $"{100 * l.Confidence.LowerC:0.00}–{100 * l.Confidence.UpperC:0.00}%, {100 * l.Confidence.LowerD:0.00}–{100 * l.Confidence.UpperD:0.00}%", "percentiles of the assumed ±10% draws");
        headline.AddPlainRow("MQLs (95% CI)", "127.7 [107, 150], 135.3 [114, 158]", $"{l.DrawsC.Mean:0.0} [{l.DrawsC.Lower:0}, {l.DrawsC.Upper:0}], {l.DrawsD.Mean:0.0} [{l.DrawsD.Lower:0}, {l.DrawsD.Upper:0}]", "Binomial(2,800, rate) draws: the rate taken as exact");
        headline.AddPlainRow("MQLs per year", "+91", $"{(Math.Round(l.DrawsD.Mean, 1) - Math.Round(l.DrawsC.Mean, 1)) * 12:+0.0}", "12 × the difference of the rounded means");
        output.Console.Write(headline);
        output.Line($"what the 66.1% was: {l.Meaning}");
    }

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    private static string Name(BacktestModel m) => m.Version is null ? $"{m.Name} ({m.Trees} trees)" : $"{m.Version} ({m.Trees} trees)";

    private static string P(double rate, string format = "0.00") => double.IsNaN(rate) ? "-" : (100 * rate).ToString(format, C) + "%";

    private static string Rate(LeadScore.Metrics.ProportionInterval i) => $"{P(i.Rate)} ({P(i.Lower)}–{P(i.Upper)})";

    private static string Forecast(LeadScore.Metrics.ConversionForecast f) => $"{f.Expected:0.0} ({f.Lower}–{f.Upper})";
}
