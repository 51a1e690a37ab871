namespace LeadScore.Metrics;

/// <summary>One non-empty bin of a <see cref="ReliabilityTable"/>.</summary>
/// <param name="Bin">Bin number (0 = lowest probabilities); empty bins are left out, so numbers can skip.</param>
/// <param name="Lower">Lower bin edge.</param>
/// <param name="Upper">Upper bin edge.</param>
/// <param name="Count">Rows in the bin.</param>
/// <param name="MeanPredicted">Mean predicted probability in the bin (scikit-learn's <c>prob_pred</c>).</param>
/// <param name="ObservedRate">Share of rows with label 1 (scikit-learn's <c>prob_true</c>).</param>
/// <param name="ObservedLower">Wilson 95% lower bound of the observed rate (or at the table's level).</param>
/// <param name="ObservedUpper">Wilson 95% upper bound of the observed rate (or at the table's level).</param>
public sealed record ReliabilityRow(
    int Bin,
    double Lower,
    double Upper,
    int Count,
    double MeanPredicted,
    double ObservedRate,
    double ObservedLower,
    double ObservedUpper);
