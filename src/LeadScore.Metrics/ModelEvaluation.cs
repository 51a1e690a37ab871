namespace LeadScore.Metrics;

/// <summary>The headline evaluation of scores against outcomes: AUC, average precision and the decile table.</summary>
public sealed record ModelEvaluation(int Count, int Conversions, double RocAuc, double AveragePrecision, DecileTable Deciles)
{
    public double ConversionRate => (double)Conversions / Count;

    public double TopDecileLift => Deciles.TopDecileLift;

    /// <summary>Evaluates with the pandas-qcut decile table, as the published figures were computed.</summary>
    public static ModelEvaluation Compute(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        var deciles = DecileTable.Qcut(scores, labels);
        return new ModelEvaluation(deciles.Count, deciles.Conversions, Metrics.RocAuc.Compute(scores, labels),
            Metrics.AveragePrecision.Compute(scores, labels), deciles);
    }
}
