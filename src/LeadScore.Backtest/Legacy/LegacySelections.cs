using LeadScore.Metrics;

namespace LeadScore.Backtest.Legacy;

/// <summary>
/// The original backtest's selection (domain spec §6.1–6.2): percentile bins from pandas
/// <c>qcut(scores, 100, labels=False, duplicates='drop') + 1</c> on xgboost's float32 probabilities, and every lead in
/// bins 1–20 removed as "deprioritized". Tied scores collapse bins, so the share removed depends on the model.
/// </summary>
public static class LegacySelections
{
    /// <summary>The leads the original kept (bin above 20) and how many bins qcut produced.</summary>
    public static (bool[] Kept, int Bins) Qcut100(double[] probabilities)
    {
        var bins = QuantileBins.Assign(probabilities, 100, ScorePrecision.Single);
        return (bins.Select(b => b + 1 > 20).ToArray(), bins.Max() + 1);
    }

    /// <summary>A row of the legacy table for a selection.</summary>
    public static LegacyRow Row(string procedure, string model, bool[] kept, int[] labels, int bins = 0)
    {
        int n = kept.Count(k => k), conversions = kept.Select((k, i) => k ? labels[i] : 0).Sum();
        return new LegacyRow(procedure, model, bins, kept.Length - n, n, conversions, n == 0 ? double.NaN : (double)conversions / n);
    }
}
