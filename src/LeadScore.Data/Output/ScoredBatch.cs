using LeadScore.Engine.Explain;
using LeadScore.Engine.Scoring;

namespace LeadScore.Data.Output;

/// <summary>One batch on its way through a scoring run: the rows' ids and inputs, their scores and their reasons.</summary>
public sealed class ScoredBatch
{
    public ScoredBatch(int featureCount, int capacity, bool explain, int topK)
    {
        Input = new FeatureBlock(featureCount, capacity);
        Scores = new ScoreBlock(featureCount, Input.Stride, explain || topK > 0);
        Ids = new string[Input.Stride];
        TopK = topK;
        Reasons = topK > 0 ? new ReasonCode[Input.Stride * topK] : [];
    }

    public string[] Ids { get; }

    public FeatureBlock Input { get; }

    public ScoreBlock Scores { get; }

    public int TopK { get; }

    /// <summary>Row-major, <see cref="TopK"/> per row.</summary>
    public ReasonCode[] Reasons { get; }

    public int Count => Input.Count;

    public ReadOnlySpan<ReasonCode> ReasonsOf(int row) => Reasons.AsSpan(row * TopK, TopK);

    /// <summary>
    /// Fills every score, SHAP value and reason with a constant of a typical width (nine significant digits), for
    /// measuring the cost of writing alone.
    /// </summary>
    public void FillConstant()
    {
        const float value = -0.123456789f;
        Scores.Margin.Fill(value);
        Scores.Probability.Fill(value);
        if (Scores.HasShap)
            for (int f = 0; f <= Scores.FeatureCount; f++) Scores.ShapColumn(f).Fill(value);
        Reasons.AsSpan().Fill(new ReasonCode(0, value, value));
    }
}
