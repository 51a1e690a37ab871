namespace LeadScore.Metrics;

/// <summary>ROC AUC with its DeLong standard error and a normal confidence interval (see <see cref="DeLong"/>).</summary>
/// <param name="Auc">ROC AUC, bit-for-bit as <see cref="RocAuc.Compute"/> (scikit-learn's <c>roc_auc_score</c>).</param>
/// <param name="StandardError">DeLong's standard error of the AUC.</param>
/// <param name="Lower">AUC - z * StandardError, clipped to [0, 1].</param>
/// <param name="Upper">AUC + z * StandardError, clipped to [0, 1].</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
public sealed record AucInterval(double Auc, double StandardError, double Lower, double Upper, double Level);
