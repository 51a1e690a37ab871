using LeadScore.Charts;
using LeadScore.Cli.Fixtures;
using LeadScore.Metrics;
using LeadScore.Training;
using LeadScore.Training.Evaluation;

namespace LeadScore.Cli.Views;

/// <summary>
/// The charts of an evaluation, by file name: lift by decile with Wilson 95% whiskers, and the reliability diagram;
/// and a model's lift next to the published one. Drawn by <see cref="LeadScore.Charts"/>, written by the caller.
/// </summary>
public static class EvaluationCharts
{
    /// <summary>The charts a model directory carries, by file name.</summary>
    public static IReadOnlyDictionary<string, byte[]> For(TrainingResult result) =>
        result.TestReport is { } test ? For(test) : For(result.ValidationReport);

    public static IReadOnlyDictionary<string, byte[]> For(EvaluationReport report)
    {
        var names = Names(report.Set);
        return new Dictionary<string, byte[]> { [names[0]] = Lift(report).Encode(names[0]), [names[1]] = Reliability(report).Encode(names[1]) };
    }

    /// <summary>The file names of a set's charts (lift, reliability), known before the charts are drawn.</summary>
    public static string[] Names(string set) => [$"{set}-lift.svg", $"{set}-reliability.svg"];

    public static Chart Lift(EvaluationReport r) => LiftChart.Of(
        $"{r.Set} lift by decile: AUC {r.Auc.Auc:F4} [{r.Auc.Lower:F4}, {r.Auc.Upper:F4}], top decile {r.TopDecileLift.Estimate:F2}x [{r.TopDecileLift.Lower:F2}, {r.TopDecileLift.Upper:F2}]",
        r.Deciles.Select(d => new LiftBar(d.Decile.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Lift, d.RateLower / r.BaseRate, d.RateUpper / r.BaseRate)).ToArray());

    public static Chart Reliability(EvaluationReport r) => ReliabilityChart.Of(
        $"{r.Set} reliability ({r.Calibration.Scores}): Brier {r.Calibration.Brier:F4}, expected {r.Calibration.ExpectedConversions:F0} vs actual {r.Calibration.ActualConversions}",
        r.Calibration.Bins.Select(b => new ReliabilityPoint(b.MeanPredicted, b.ObservedRate, b.ObservedLower, b.ObservedUpper)).ToArray());

    /// <summary>A model's TEST lift by decile with the published lift marked on each bar.</summary>
    public static Chart Lift(string title, DecileTable deciles, IReadOnlyList<PublishedDecile> published) => LiftChart.Of(title,
        deciles.Rows.Select(d =>
        {
            var wilson = Wilson.Interval(d.Conversions, d.Count);
            return new LiftBar(d.Decile.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Lift, wilson.Lower / deciles.OverallRate,
                wilson.Upper / deciles.OverallRate, published.FirstOrDefault(p => p.Decile == d.Decile)?.Lift);
        }).ToArray());
}
