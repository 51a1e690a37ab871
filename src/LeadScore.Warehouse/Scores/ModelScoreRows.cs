namespace LeadScore.Warehouse.Scores;

/// <summary>
/// One model's rows of a scoring run, column by column, as <c>scores.prospect_scores</c> stores them. The reason
/// arrays hold three entries per advisor (reason 1, 2, 3 of advisor i at 3i, 3i + 1, 3i + 2); a null feature is an
/// empty place (fewer than three features moved the score).
/// </summary>
public sealed record ModelScoreRows(string ModelVersion, string Role, long[] AdvisorCrd, double[] Margin, double[] Probability,
    double[]? CalibratedProbability, int[] Percentile, bool[] Deprioritize, string?[] ReasonFeature, string?[] ReasonValue,
    double[] ReasonContribution, string[] Narrative)
{
    public const int Reasons = 3;

    public int Count => AdvisorCrd.Length;
}
