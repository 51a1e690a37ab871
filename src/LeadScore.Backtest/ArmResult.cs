using LeadScore.Metrics;

namespace LeadScore.Backtest;

/// <summary>
/// One arm of a backtest: what its model's selection kept of the leads, how those converted (rate with a Wilson
/// interval, lift over the stated baseline), what a list of the stated size should bring (<see cref="ConversionForecast"/>),
/// how the leads it left out converted, and the model's ranking quality on every lead of the window (AUC with DeLong's
/// interval, equal-count deciles, the distribution of its scores).
/// </summary>
public sealed record ArmResult(
    BacktestModel Model,
    int Kept,
    int Conversions,
    ProportionInterval Rate,
    double Lift,
    ConversionForecast Forecast,
    ProportionInterval? Left,
    AucInterval Auc,
    IReadOnlyList<DecileRow> Deciles,
    ScoreHistogram Scores,
    string Meaning)
{
    /// <summary>The statistics of one arm's selection.</summary>
    public static ArmResult Of(BacktestModel model, bool[] selected, BacktestLeads leads, double[] scores, double baseline, int listSize)
    {
        int kept = 0, conversions = 0, leftConversions = 0;
        for (int i = 0; i < selected.Length; i++)
        {
            if (selected[i]) { kept++; conversions += leads.Labels[i]; }
            else leftConversions += leads.Labels[i];
        }
        int left = leads.Count - kept;
        var rate = Wilson.Interval(conversions, kept);
        var forecast = ConversionForecast.For(conversions, kept, listSize);
        var deciles = DecileTable.EqualCount(scores, leads.Labels).Rows;
        double lift = rate.Rate / baseline;
        string meaning = $"The {model.Role} keeps {kept:N0} of {leads.Count:N0} leads; {conversions:N0} converted, " +
                         $"{100 * rate.Rate:0.00}% (95% interval {100 * rate.Lower:0.00}–{100 * rate.Upper:0.00}%), {lift:0.00}× the baseline of {100 * baseline:0.00}%" +
                         (left > 0 ? $"; the {left:N0} it leaves out converted at {100.0 * leftConversions / left:0.00}%." : ".");
        return new ArmResult(model, kept, conversions, rate, lift, forecast, left > 0 ? Wilson.Interval(leftConversions, left) : null,
            DeLong.Interval(scores, leads.Labels), deciles, ScoreHistogram.Of(scores, leads.Labels), meaning);
    }
}
