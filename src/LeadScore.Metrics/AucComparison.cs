namespace LeadScore.Metrics;

/// <summary>The paired DeLong test of two models' AUCs on the same rows (see <see cref="DeLong.Compare"/>).</summary>
/// <param name="AucA">ROC AUC of the first model's scores.</param>
/// <param name="AucB">ROC AUC of the second model's scores.</param>
/// <param name="Difference">AucA - AucB.</param>
/// <param name="StandardError">DeLong's standard error of the difference, using the covariance of the two AUCs.</param>
/// <param name="Z">Difference / StandardError (0 when both are 0).</param>
/// <param name="PValue">Two-sided p-value of Z under the standard normal.</param>
/// <param name="Lower">Difference - z * StandardError, clipped to [-1, 1].</param>
/// <param name="Upper">Difference + z * StandardError, clipped to [-1, 1].</param>
/// <param name="Level">Confidence level of Lower and Upper, e.g. 0.95.</param>
public sealed record AucComparison(
    double AucA,
    double AucB,
    double Difference,
    double StandardError,
    double Z,
    double PValue,
    double Lower,
    double Upper,
    double Level);
