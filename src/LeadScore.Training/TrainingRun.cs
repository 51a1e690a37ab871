using System.Diagnostics;
using LeadScore.Data.Labeled;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Models.Calibration;
using LeadScore.Models.Gates;
using LeadScore.Models.Profile;
using LeadScore.Training.Boosting;
using LeadScore.Training.Config;
using LeadScore.Training.Evaluation;
using LeadScore.Training.Features;
using LeadScore.Training.Leakage;
using LeadScore.Training.Search;
using LeadScore.Training.Split;

namespace LeadScore.Training;

/// <summary>
/// One training run, start to finish: read and check the table, split it (by date into TRAIN and TEST, or, for a
/// table without dates, into stratified folds of every row), fit the category codes on TRAIN, check for leakage,
/// optionally search, early-stop on held-out folds of TRAIN, refit, calibrate on the out-of-fold rows, then — only
/// then — score TEST (the TEST window, or a separate labelled file) and apply the gates. No TEST row influences any choice.
/// </summary>
public static class TrainingRun
{
    /// <summary>Fewest conversions a training or validation window may hold.</summary>
    public const int MinPositives = 5;

    public static TrainingResult Run(TrainingRequest request, ITrainingObserver observer)
    {
        var watch = Stopwatch.StartNew();
        var config = TrainingConfigReader.Read(request.Config);
        using var table = LabeledTable.Open(request.Data, request.Table);
        observer.Stage($"reading {table.File.Name}");
        table.CheckTarget(config.Target);
        var data = config.Split is { } dated && (table.Columns.ContainsKey(dated.Column) || !request.Config.IsDefault("split"))
            ? Temporal(request, config, dated, table, observer)
            : CrossValidated(request, config, table, observer);
        var schema = FeatureSelection.WithObservedFloors(data.Schema, data.Train);
        var train = data.Train;
        var test = data.Test;

        var dropped = data.Leakage.Where(l => l.Flagged).Select(l => l.Feature).ToArray();
        if (request.DropLeaky)
        {
            if (data.Split is null) throw TrainingException.NeedsDates("--drop-leaky (the leakage check compares early and late rows)");
            if (dropped.Length == 0) throw TrainingException.NoLeakyFeatures();
            var drop = dropped.ToHashSet();
            schema = new FeatureSchema(schema.Name, schema.Features.Where(f => !drop.Contains(f.Name)).ToArray(), schema.Description);
            train = train.Without(drop);
            test = test?.Without(drop);
            observer.Stage($"dropped as leaky: {string.Join(", ", dropped)}");
        }

        var booster = config.Booster;
        IReadOnlyList<SearchTrial>? trials = null;
        SearchChoice? choice = null;
        if (request.SearchTrials is { } count)
        {
            var searchFolds = data.SearchFolds();
            foreach (var fold in searchFolds)
            {
                CheckClasses(fold.FitRows(train), $"search fit rows ({fold.Description})");
                CheckClasses(fold.ValidRows(train), $"search validation rows ({fold.Description})");
            }
            var search = config.Search with { Trials = count };
            trials = observer.Track("search", count, p => RandomSearch.Run(train, searchFolds, booster, config.EarlyStopping, search,
                booster.Seed, new SynchronousProgress(t => p.Report(t))));
            choice = RandomSearch.Choose(trials, config.Search.MinImprovementStandardErrors);
            booster = choice.Trial.Booster;
        }

        var folds = observer.Track("early stopping", (long)data.Folds.Count * config.EarlyStopping.MaxRounds,
            p => FoldRunner.Run(train, data.Folds, booster, config.EarlyStopping, Counter(p)));
        int rounds = (int)Math.Round(folds.Average(f => f.Booster.BestIteration + 1.0));
        var final = config.Refit
            ? observer.Track(data.Split is null ? "refit on every row" : "refit on TRAIN", rounds, p => BoosterTrainer.ForRounds(train, booster, rounds, Counter(p)))
            : folds[^1].Booster;
        var model = ModelLoader.Parse(final.ModelText, "trained model");

        var (oofMargins, oofProbabilities, oofLabels) = FoldRunner.OutOfFold(folds);
        if (oofProbabilities.Distinct().Count() < 2)
            throw TrainingException.NoSignal(folds.Select(f => f.Booster.BestIteration + 1).Max(), config.EarlyStopping.Metric);
        var calibrator = config.Calibration == CalibrationMethod.None ? null
            : ScoreCalibrator.Fit(config.Calibration, oofMargins, oofProbabilities, oofLabels, $"{data.Validation} (out of fold)");

        var b = config.Bootstrap;
        if (test is null && request.TestData is not null)
        {
            observer.Stage($"reading the test data {request.TestData}");
            test = ExternalTest(request.TestData, schema, config.Target);
        }
        observer.Stage(test is null ? "evaluating on TRAIN and out of fold (no TEST rows)" : "evaluating on TRAIN, validation and TEST");
        var trainReport = Evaluator.Evaluate("train", data.Split?.Train, model, train, calibrator, b.Replicates, b.Seed);
        var validReport = Evaluator.Report("validation", data.ValidWindow, oofMargins, oofProbabilities, oofLabels, calibrator, b.Replicates, b.Seed);
        var testReport = test is null ? null : Evaluator.Evaluate("test", data.Split?.Test, model, test, calibrator, b.Replicates, b.Seed);
        var windows = data.Windows.Concat(test is not null && data.Split is null
            ? [new WindowCounts($"test data ({Path.GetFileName(request.TestData)})", null, test.Count, test.Positives, null, null)] : []).ToArray();
        var profile = TrainingProfile.Of(data.Split is null ? "every training row" : $"TRAIN {data.Split.Train}", train.Features,
            train.Columns.Select(c => Array.ConvertAll(c, v => (double)v)).ToArray(), ModelScores.Of(model, train, explain: false).Margins);
        var metrics = RunMetrics.Collect(data.Split, final, folds, trainReport, validReport, testReport);
        return new TrainingResult
        {
            ConfigDocument = request.Config, Config = config, Booster = booster, Data = data.Fingerprint, Split = data.Split, Windows = windows,
            Validation = data.Validation, TestData = request.TestData is null ? null : Path.GetFullPath(request.TestData),
            Schema = schema, DroppedAsLeaky = request.DropLeaky ? dropped : [], Leakage = data.Leakage, Search = trials, SearchChoice = choice, Folds = folds,
            Final = final, Model = model, Calibrator = calibrator, Profile = profile, TrainReport = trainReport, ValidationReport = validReport,
            TestReport = testReport, Metrics = metrics, Gates = GateEvaluator.Evaluate(config.Gates, metrics),
            TrainedAt = DateTimeOffset.UtcNow, Elapsed = watch.Elapsed,
        };
    }

    // A dated table: TRAIN and TEST windows, validation folds carved from the end of TRAIN.
    private static TrainingData Temporal(TrainingRequest request, TrainingConfig config, SplitConfig dated, LabeledTable table, ITrainingObserver observer)
    {
        if (request.TestData is not null) throw TrainingException.TestDataWithDates(dated.Column);
        var split = TemporalSplit.From(dated, config.Validation);
        var span = table.CheckDates(split.Column);
        var fingerprint = table.Fingerprint(split.Column);
        foreach (var (name, window) in new[] { ("train", split.Train), ("test", split.Test) })
            if (table.Count(split.Column, window) == 0)
                throw TrainingException.WindowEmpty(name, window.ToString(), split.Column, span.ToString());
        var (trainRows, trainPositives) = table.Outcomes(config.Target, split.Column, split.Train);
        if (trainPositives == 0 || trainPositives == trainRows)
            throw TrainingException.SingleClass("TRAIN", (int)trainRows, trainPositives == 0 ? 0 : 1);

        var schema = FeatureSelection.Resolve(table, request.Features, request.Exclude, config.Target, split.Column, split.Train, config.Name);
        var all = table.Read(schema.Features, config.Target, split.Column, new DateRange(split.Train.From, split.Test.To));
        var train = all.In(split.Train);
        var test = all.In(split.Test);
        CheckClasses(train, "TRAIN");
        foreach (var fold in split.Folds)
        {
            CheckClasses(fold.FitRows(train), $"fit window {fold.Fit}");
            CheckClasses(fold.ValidRows(train), $"validation window {fold.Valid}");
        }
        CheckClasses(test, "TEST");
        observer.Stage($"{schema.Features.Count} features; TRAIN {train.Count:N0} rows ({train.Positives} conversions), TEST {test.Count:N0} rows ({test.Positives})");
        var windows = new[] { WindowCounts.Of("train", split.Train, all) }
            .Concat(split.Gap is null ? [] : [WindowCounts.Of("gap", split.Gap, all)])
            .Append(WindowCounts.Of("test", split.Test, all)).ToArray();
        var leakage = LeakageCheck.Run(train, config.Leakage, schema.Features.Where(f => f.IsCategorical).Select(f => f.Name).ToHashSet());
        var validWindow = new DateRange(split.Folds[0].Valid.From, split.Folds[^1].Valid.To);
        return new TrainingData(fingerprint, schema, train, test, split, split.Folds, windows, leakage, $"validation {validWindow}", validWindow,
            () => TemporalSplit.From(dated, config.Validation with { Method = ValidationMethod.Rolling }).Folds);
    }

    // A table without dates: every row trains; stratified folds stop, calibrate and measure out of fold.
    private static TrainingData CrossValidated(TrainingRequest request, TrainingConfig config, LabeledTable table, ITrainingObserver observer)
    {
        int k = config.Validation.CrossValidationFolds;
        observer.Stage(config.Split is null
            ? $"no date column (--split-column {TrainingConfigReader.NoSplit}): training on every row with stratified {k}-fold cross-validation; no TEST window"
            : $"no date column '{config.Split.Column}' in {table.File.Name} and no split given: training on every row with stratified {k}-fold cross-validation; no TEST window");
        var fingerprint = table.Fingerprint(null);
        var (rows, positives) = table.Outcomes(config.Target);
        if (positives == 0 || positives == rows) throw TrainingException.SingleClass("table's", (int)rows, positives == 0 ? 0 : 1);
        if (positives < (long)k * MinPositives || rows - positives < (long)k * MinPositives)
            throw TrainingException.TooFewForFolds((int)Math.Min(positives, rows - positives), k, k * MinPositives);

        var schema = FeatureSelection.Resolve(table, request.Features, request.Exclude, config.Target, null, null, config.Name);
        var train = table.Read(schema.Features, config.Target, null, null);
        var folds = StratifiedFolds.Make(train.Labels, k, config.Booster.Seed);
        foreach (var fold in folds)
        {
            // Counted from the labels: the folds' rows are copied once, when they train.
            int held = fold.Held.Count(r => train.Labels[r] == 1);
            CheckClasses(train.Count - fold.Held.Length, train.Positives - held, $"fit rows of {fold.Description}");
            CheckClasses(fold.Held.Length, held, $"held-out rows of {fold.Description}");
        }
        observer.Stage($"{schema.Features.Count} features; {train.Count:N0} rows ({train.Positives} conversions) in {k} stratified folds");
        return new TrainingData(fingerprint, schema, train, null, null, folds, [WindowCounts.All(train)], [],
            $"{k}-fold stratified cross-validation on every row", null, () => folds);
    }

    private static LabeledRows ExternalTest(string path, FeatureSchema schema, string target)
    {
        using var table = LabeledTable.Open(path);
        table.CheckTarget(target);
        var rows = table.Read(schema.Features, target, null, null);
        CheckClasses(rows, $"--test-data {path}");
        return rows;
    }

    private static void CheckClasses(LabeledRows rows, string name) => CheckClasses(rows.Count, rows.Positives, name);

    private static void CheckClasses(int rows, int positives, string name)
    {
        if (rows == 0) throw TrainingException.WindowEmpty(name, "", "the split column", "no rows there");
        if (positives == 0 || positives == rows) throw TrainingException.SingleClass(name, rows, positives == 0 ? 0 : 1);
        if (positives < MinPositives) throw TrainingException.TooFewPositives(name, positives, MinPositives);
    }

    private static IProgress<int> Counter(IProgress<long> progress)
    {
        long done = 0;
        return new SynchronousProgress(_ => progress.Report(++done));
    }

    // What a run trains on, however it was split.
    private sealed record TrainingData(DataFingerprint Fingerprint, FeatureSchema Schema, LabeledRows Train, LabeledRows? Test, TemporalSplit? Split,
        IReadOnlyList<IValidationFold> Folds, IReadOnlyList<WindowCounts> Windows, IReadOnlyList<LeakageFinding> Leakage, string Validation,
        DateRange? ValidWindow, Func<IReadOnlyList<IValidationFold>> SearchFolds);

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
