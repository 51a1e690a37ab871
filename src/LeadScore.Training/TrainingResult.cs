using LeadScore.Data.Labeled;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Training.Boosting;
using LeadScore.Models.Calibration;
using LeadScore.Models.Profile;
using LeadScore.Training.Config;
using LeadScore.Training.Evaluation;
using LeadScore.Models.Gates;
using LeadScore.Training.Leakage;
using LeadScore.Training.Search;
using LeadScore.Training.Split;

namespace LeadScore.Training;

/// <summary>Everything a training run produced; <see cref="ModelDirectoryWriter"/> writes it out.</summary>
public sealed record TrainingResult
{
    public required ConfigDocument ConfigDocument { get; init; }
    public required TrainingConfig Config { get; init; }
    public required BoosterConfig Booster { get; init; }
    public required DataFingerprint Data { get; init; }
    /// <summary>The temporal split; null when the table had no dates (every row trained, cross-validated).</summary>
    public required TemporalSplit? Split { get; init; }
    public required IReadOnlyList<WindowCounts> Windows { get; init; }

    /// <summary>What early stopping and calibration held out, e.g. "validation 2025-05-01..2025-07-31" or "5-fold stratified cross-validation on every row".</summary>
    public required string Validation { get; init; }

    /// <summary>The separate labelled file TEST was measured on (a table without dates); null otherwise.</summary>
    public string? TestData { get; init; }
    public required FeatureSchema Schema { get; init; }
    public required IReadOnlyList<string> DroppedAsLeaky { get; init; }
    public required IReadOnlyList<LeakageFinding> Leakage { get; init; }
    public IReadOnlyList<SearchTrial>? Search { get; init; }
    public SearchChoice? SearchChoice { get; init; }
    public required IReadOnlyList<FoldResult> Folds { get; init; }
    public required TrainedBooster Final { get; init; }
    public required TreeEnsemble Model { get; init; }
    public ScoreCalibrator? Calibrator { get; init; }
    /// <summary>The TRAIN rows' feature and score distributions, which every scoring run is checked against.</summary>
    public required TrainingProfile Profile { get; init; }
    public required EvaluationReport TrainReport { get; init; }
    public required EvaluationReport ValidationReport { get; init; }
    /// <summary>The report on TEST; null when the run had no TEST rows (no dates and no --test-data).</summary>
    public EvaluationReport? TestReport { get; init; }
    public required IReadOnlyDictionary<string, double> Metrics { get; init; }
    public required IReadOnlyList<GateResult> Gates { get; init; }
    public required DateTimeOffset TrainedAt { get; init; }
    public required TimeSpan Elapsed { get; init; }
}
