namespace LeadScore.Training;

/// <summary>
/// The training layer's one error type: a configuration, split or feature choice that cannot train an honest
/// model. Messages are one line saying what is wrong and what to do; they are written only here.
/// </summary>
public sealed class TrainingException : Exception
{
    private TrainingException(string message) : base(message) { }

    public static TrainingException ConfigUnreadable(string source, string reason) =>
        new($"config {source}: {reason}.");

    public static TrainingException ConfigValue(string source, string key, string rule) =>
        new($"config {source}: '{key}' {rule}.");

    public static TrainingException OptionValue(string option, string rule) =>
        new($"{option}: {rule}.");

    public static TrainingException FoldsDoNotFit(int fold, DateOnly start, DateOnly trainFrom) =>
        new($"validation fold {fold} would start at {start:yyyy-MM-dd}, at or before TRAIN starts ({trainFrom:yyyy-MM-dd}); use fewer folds or months (validation.folds, validation.months) or a longer --train window.");

    public static TrainingException TooFewForFolds(int positives, int folds, int needed) =>
        new($"the table holds {positives} conversion(s): {folds}-fold cross-validation needs at least {needed} ({needed / folds} per fold); add rows or lower validation.cv_folds.");

    public static TrainingException NeedsDates(string what) =>
        new($"{what} needs a date column, and this run has none (--split-column none, or a table without one); drop it, or name the date column with --split-column.");

    public static TrainingException TestDataWithDates(string column) =>
        new($"--test-data is for a table without a date column; this one is split on '{column}' and tested on its --test window (pass --split-column none to cross-validate instead).");

    public static TrainingException WindowEmpty(string split, string window, string column, string dataSpan) =>
        new($"the {split} window {window} holds no rows (column '{column}' spans {dataSpan}); move the window (config split.{split} or --{split} FROM..TO) onto the data.");

    public static TrainingException WindowsOverlap(string a, string b) =>
        new($"split windows {a} and {b} overlap; TEST must come after TRAIN (and the gap) with no shared dates: move --train/--test (or split.train/split.test).");

    public static TrainingException SingleClass(string split, int rows, int label) =>
        new($"the {split} rows ({rows:N0}) all have target {label}; a model needs both converted and unconverted leads there. Widen the window or check --target.");

    public static TrainingException TooFewPositives(string split, int positives, int needed) =>
        new($"the {split} rows hold only {positives} conversion(s), fewer than {needed}; widen the window or shorten validation.months.");

    public static TrainingException ConstantFeature(string feature, string split) =>
        new($"feature '{feature}' has a single value (or none) in every {split} row, so no tree can use it; drop it from --features (or pass --exclude {feature}).");

    public static TrainingException NoFeatures(string source, IEnumerable<string> textColumns) =>
        new($"{source}: no numeric feature columns besides the target and the split column{(textColumns.Any() ? $" (text columns are used only when named in --features: {string.Join(", ", textColumns.Take(8))})" : "")}; pass --features.");

    public static TrainingException FeatureIsTargetOrDate(string feature) =>
        new($"'{feature}' is the target or the split column and cannot also be a feature; remove it from --features.");

    public static TrainingException TooManyCategories(string column, int max) =>
        new($"text column '{column}' has more than {max} distinct values in TRAIN, which looks like an identifier, not a category; remove it from --features.");

    public static TrainingException OutputExists(string folder) =>
        new($"{folder} already exists; choose another --out, or pass --overwrite to replace it (the old one is kept until the new one is complete).");

    public static TrainingException NativeFailure(string reason) =>
        new($"LightGBM failed: {reason}.");

    public static TrainingException NoLeakyFeatures() =>
        new("--drop-leaky was given but the leakage check flagged no feature; nothing to drop (run without it).");

    public static TrainingException FeatureNameClash(string name, IEnumerable<string> columns) =>
        new($"columns {string.Join(", ", columns.Select(c => $"'{c}'"))} would all be feature '{name}' in the model (only letters, digits and _ are kept); rename one, or leave one out with --exclude.");

    public static TrainingException NoSignal(int rounds, string metric) =>
        new($"the model scores every validation row the same (early stopping on {metric} kept {rounds} round(s)): it found no split that helps on held-out rows; add rows or features, or loosen lightgbm.min_sum_hessian_in_leaf / min_gain_to_split.");

    public static TrainingException FeatureListedTwice(string feature) =>
        new($"feature '{feature}' is listed twice in --features; list each feature once.");
}
