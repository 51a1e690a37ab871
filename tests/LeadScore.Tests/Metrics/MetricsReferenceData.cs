namespace LeadScore.Tests.Metrics;

/// <summary>
/// Inputs shared by the reference tests; the same inputs are in reference/make_metrics_reference.py,
/// which produced the expected values (scikit-learn 1.2.1, numpy 1.24.2, pandas 1.5.3).
/// </summary>
internal static class MetricsReferenceData
{
    public static readonly double[] TiedScores = [0.5, 0.5, 0.5, 0.2, 0.2, 0.9, 0.9, 0.1, 0.5, 0.2];
    public static readonly int[] TiedLabels = [1, 0, 0, 1, 0, 1, 0, 0, 1, 0];

    /// <summary>float32 values (as xgboost writes them) widened to double.</summary>
    public static readonly double[] Float32Scores = Widen(
        [0.5711568f, 0.4671177f, 0.5884168f, 0.46827003f, 0.33064133f, 0.6193308f,
         0.4671177f, 0.5711568f, 0.40146995f, 0.5661687f]);

    public static readonly int[] Float32Labels = [0, 1, 0, 0, 0, 1, 0, 1, 0, 0];

    /// <summary>20,000 distinct scores: more than numpy's 8,192-element summation buffer.</summary>
    public static (double[] Scores, int[] Labels) GeneratedDistinct()
    {
        const int n = 20_000;
        var scores = new double[n];
        var labels = new int[n];
        for (long i = 0; i < n; i++)
        {
            scores[i] = (i * 7919 % 20011) / 20011.0;
            labels[i] = (i * i + 3 * i) % 11 < 5 ? 1 : 0;
        }

        return (scores, labels);
    }

    /// <summary>20,000 scores on 1,009 levels (heavy ties); labels correlated with the score.</summary>
    public static (double[] Scores, int[] Labels) GeneratedTied()
    {
        const int n = 20_000;
        var scores = new double[n];
        var labels = new int[n];
        for (long i = 0; i < n; i++)
        {
            var level = i * 7919 % 1009;
            scores[i] = level / 1009.0;
            labels[i] = i * 13 % 7 == 0 || level > 900 ? 1 : 0;
        }

        return (scores, labels);
    }

    public static double[] Widen(float[] values) => Array.ConvertAll(values, v => (double)v);
}
