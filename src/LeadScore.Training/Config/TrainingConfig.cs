using LeadScore.Data.Labeled;
using LeadScore.Models.Calibration;
using LeadScore.Models.Gates;

namespace LeadScore.Training.Config;

/// <summary>Everything a training run needs besides the data: split, validation, booster, calibration, checks.</summary>
public sealed record TrainingConfig
{
    public required string Name { get; init; }

    public string Target { get; init; } = "target";

    /// <summary>The temporal split; null when the table has no date column (every row trains, cross-validated).</summary>
    public required SplitConfig? Split { get; init; }

    public required ValidationConfig Validation { get; init; }

    public required EarlyStoppingConfig EarlyStopping { get; init; }

    /// <summary>After early stopping picks the rounds, retrain on all of TRAIN with that many rounds.</summary>
    public bool Refit { get; init; } = true;

    public required BoosterConfig Booster { get; init; }

    public CalibrationMethod Calibration { get; init; } = CalibrationMethod.Isotonic;

    public BootstrapConfig Bootstrap { get; init; } = new(2000, 42);

    public required LeakageConfig Leakage { get; init; }

    public required SearchConfig Search { get; init; }

    public IReadOnlyList<GateSpec> Gates { get; init; } = [];
}

/// <summary>Temporal split by a date column; windows are inclusive and must not overlap.</summary>
public sealed record SplitConfig(string Column, DateRange Train, DateRange? Gap, DateRange Test);

/// <summary>How early stopping (and calibration) get rows TRAIN's model has not seen: never TEST.</summary>
/// <param name="Method">holdout: the last <paramref name="Months"/> of TRAIN; rolling: <paramref name="Folds"/> rolling-origin folds.</param>
/// <param name="Months">Length of each validation window.</param>
/// <param name="Folds">Rolling-origin folds (rolling method and the search).</param>
/// <param name="CrossValidationFolds">Stratified folds when the table has no date column (k of k-fold).</param>
public sealed record ValidationConfig(ValidationMethod Method, int Months, int Folds, int CrossValidationFolds = 5);

public enum ValidationMethod
{
    Holdout,
    Rolling,
}

/// <summary>Stop when the validation metric has not improved for <paramref name="Rounds"/> rounds, or at <paramref name="MaxRounds"/>.</summary>
public sealed record EarlyStoppingConfig(string Metric, int Rounds, int MaxRounds);

public sealed record BootstrapConfig(int Replicates, int Seed);

/// <summary>Thresholds of the leakage check (see <c>LeakageCheck</c>).</summary>
public sealed record LeakageConfig(double SentinelMinShare, double LiftRatio, double PValue, double ShareDriftRatio, double Psi);

/// <summary>
/// Random search: trials, per parameter a range to sample, and how many standard errors the best trial must beat
/// the baseline by (on the same folds) to replace it.
/// </summary>
public sealed record SearchConfig(int Trials, IReadOnlyList<SearchRange> Space, double MinImprovementStandardErrors = 1.0);

/// <summary>A parameter range: uniform, log-uniform or integer between <paramref name="Low"/> and <paramref name="High"/>.</summary>
public sealed record SearchRange(string Parameter, double Low, double High, SearchScale Scale);

public enum SearchScale
{
    Uniform,
    Log,
    Integer,
}
