using LeadScore.Data.Labeled;
using LeadScore.Metrics;

namespace LeadScore.Training.Evaluation;

/// <summary>
/// How a model ranks and calibrates on one set of labelled rows (<c>Set</c>: train, validation, test or a given
/// window), with the uncertainty of each figure: AUC with its DeLong 95% interval; the qcut deciles with Wilson
/// intervals; the top-decile lift with a stratified bootstrap 95% interval; the bottom-20% rate pooled
/// (conversions / rows) and, for comparison with the original, the plain mean of the two lowest decile rates;
/// the reliability of the probabilities (calibrated when the model has a calibrator); and, when the model was
/// explained on these rows, gain share and mean |SHAP| per feature.
/// </summary>
public sealed record EvaluationReport(
    string Set,
    DateRange? Window,
    int Rows,
    int Positives,
    double BaseRate,
    AucInterval Auc,
    double AveragePrecision,
    IReadOnlyList<DecileLine> Deciles,
    BootstrapInterval TopDecileLift,
    double Bottom20Rate,
    double Bottom20RateUnweighted,
    CalibrationReport Calibration,
    IReadOnlyList<FeatureImportanceLine>? Importance);

/// <summary>One qcut decile (0 = lowest scores) with the Wilson 95% interval of its conversion rate.</summary>
public sealed record DecileLine(int Decile, int Rows, int Conversions, double Rate, double RateLower, double RateUpper, double Lift, double MeanScore);

/// <summary>
/// Brier score, expected (Σp) against actual conversions, and the reliability table of the probabilities;
/// <c>Scores</c> says which: "calibrated (isotonic)", "calibrated (platt)" or "raw model output".
/// </summary>
public sealed record CalibrationReport(string Scores, double Brier, double ExpectedConversions, int ActualConversions,
    double ExpectedCalibrationError, int DistinctPercentiles, IReadOnlyList<ReliabilityRow> Bins);

/// <summary>A feature's share of the ensemble's total split gain, its raw gain and split count, and mean |SHAP| (log-odds).</summary>
public sealed record FeatureImportanceLine(string Feature, double GainShare, double TotalGain, int Splits, double MeanAbsShap);
