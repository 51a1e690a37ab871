using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Training.Evaluation;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>Renders evaluation reports as console tables: headline figures with intervals, deciles, calibration, importance.</summary>
public sealed class EvaluationView(CliOutput output)
{
    /// <summary>Headline figures of several sets side by side (e.g. train, validation, test), with a published column if given.</summary>
    public void Summary(IReadOnlyList<EvaluationReport> reports, IReadOnlyDictionary<string, string>? published = null)
    {
        var table = new Table().AddColumn("metric");
        foreach (var r in reports) table.AddColumn(Markup.Escape($"{r.Set}{(r.Window is null ? "" : $" {r.Window}")}"));
        if (published is not null) table.AddColumn("published R3 (test)");
        void Row(string name, Func<EvaluationReport, string> cell, string? key = null) =>
            table.AddPlainRow([name, .. reports.Select(cell), .. published is null ? Array.Empty<string>() : [published.GetValueOrDefault(key ?? name, "")]]);
        Row("leads (conversions)", r => $"{r.Rows:N0} ({r.Positives:N0}, {r.BaseRate:P2})");
        Row("AUC [DeLong 95% CI]", r => $"{r.Auc.Auc:F4} [{r.Auc.Lower:F4}, {r.Auc.Upper:F4}]");
        Row("average precision", r => $"{r.AveragePrecision:F4}");
        Row("top-decile lift [bootstrap 95% CI]", r => $"{r.TopDecileLift.Estimate:F2}x [{r.TopDecileLift.Lower:F2}, {r.TopDecileLift.Upper:F2}]");
        Row("bottom-20% conversion, pooled", r => Percent(r.Bottom20Rate));
        Row("bottom-20% conversion, unweighted (original)", r => Percent(r.Bottom20RateUnweighted));
        Row("Brier score", r => $"{r.Calibration.Brier:F4} ({r.Calibration.Scores})");
        Row("expected vs actual conversions", r => $"{r.Calibration.ExpectedConversions:F1} vs {r.Calibration.ActualConversions}");
        Row("distinct percentiles (1-100)", r => r.Calibration.DistinctPercentiles.ToString(CultureInfo.InvariantCulture));
        output.Console.Write(table);
    }

    public void Deciles(EvaluationReport report)
    {
        var table = new Table().Title($"{report.Set} deciles (qcut, 0 = lowest)")
            .AddPlainColumns("decile", "leads", "conv", "rate [Wilson 95%]", "lift", "mean score");
        foreach (var d in report.Deciles)
            table.AddPlainRow(d.Decile.ToString(CultureInfo.InvariantCulture), d.Rows.ToString("N0", CultureInfo.InvariantCulture),
                d.Conversions.ToString(CultureInfo.InvariantCulture), $"{Percent(d.Rate)} [{Percent(d.RateLower)}, {Percent(d.RateUpper)}]",
                $"{d.Lift:F2}", $"{d.MeanScore:F4}");
        output.Console.Write(table);
    }

    public void Reliability(EvaluationReport report)
    {
        var c = report.Calibration;
        var table = new Table().Title(Markup.Escape($"{report.Set} reliability, {c.Scores} (ECE {c.ExpectedCalibrationError:F4})"))
            .AddPlainColumns("bin", "leads", "mean predicted", "observed [Wilson 95%]");
        foreach (var b in c.Bins)
            table.AddPlainRow(b.Bin.ToString(CultureInfo.InvariantCulture), b.Count.ToString("N0", CultureInfo.InvariantCulture),
                Percent(b.MeanPredicted), $"{Percent(b.ObservedRate)} [{Percent(b.ObservedLower)}, {Percent(b.ObservedUpper)}]");
        output.Console.Write(table);
    }

    public void Importance(EvaluationReport report, int top = 30)
    {
        if (report.Importance is null) return;
        var table = new Table().Title($"feature importance ({report.Set}: mean |SHAP| in log-odds)")
            .AddPlainColumns("feature", "gain share", "splits", "mean |SHAP|");
        foreach (var i in report.Importance.Take(top))
            table.AddPlainRow(i.Feature, double.IsNaN(i.GainShare) ? "-" : $"{i.GainShare:P1}",
                i.Splits.ToString(CultureInfo.InvariantCulture), $"{i.MeanAbsShap:F4}");
        output.Console.Write(table);
    }

    private static string Percent(double value) => double.IsNaN(value) ? "-" : value.ToString("P2", CultureInfo.InvariantCulture);
}
