namespace LeadScore.Engine.Scoring;

/// <summary>The logistic link, in float32 the way XGBoost computes it, so probabilities tie where its ties.</summary>
public static class Sigmoid
{
    public static float Probability(float margin, double scale = 1.0)
    {
        float x = scale == 1.0 ? margin : (float)(scale * margin);
        float e = MathF.Exp(-Math.Max(x, -88.7f)); // the C library's expf, as XGBoost calls it
        return 1.0f / (1.0f + e);
    }

    public static void Apply(ReadOnlySpan<float> margins, Span<float> probabilities, double scale = 1.0)
    {
        for (int i = 0; i < margins.Length; i++) probabilities[i] = Probability(margins[i], scale);
    }
}
