using System.Diagnostics;
using LeadScore.Data.Labeled;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Training.Boosting;
using LeadScore.Models.Calibration;
using LeadScore.Training.Config;
using LeadScore.Training.Evaluation;
using LeadScore.Training.Features;
using LeadScore.Models.Gates;
using LeadScore.Training.Leakage;
using LeadScore.Training.Search;
using LeadScore.Training.Split;

namespace LeadScore.Training;

/// <summary>
/// One training run, start to finish: read and check the table, split by date, fit the category codes on TRAIN,
/// check for leakage, optionally search, early-stop on validation folds carved from TRAIN, refit, calibrate on
/// the out-of-fold rows, then — only then — score TEST and apply the gates. No TEST row influences any choice.
/// </summary>
public static class TrainingRun
{
    /// <summary>Fewest conversions a training or validation window may hold.</summary>
    public const int MinPositives = 5;

    public static TrainingResult Run(TrainingRequest request, ITrainingObserver observer)
    {
        var watch = Stopwatch.StartNew();
        var config = TrainingConfigReader.Read(request.Config);
        var split = TemporalSplit.From(config.Split, config.Validation);
        using var table = LabeledTable.Open(request.Data, request.Table);
        observer.Stage($"reading {table.File.Name}");
        table.CheckTarget(config.Target);
        var span = table.CheckDates(split.Column);
        var fingerprint = table.Fingerprint(split.Column);
        CheckWindows(table, split, span);
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
            CheckClasses(train.In(fold.Fit), $"fit window {fold.Fit}");
            CheckClasses(train.In(fold.Valid), $"validation window {fold.Valid}");
        }
        CheckClasses(test, "TEST");
        observer.Stage($"{schema.Features.Count} features; TRAIN {train.Count:N0} rows ({train.Positives} conversions), TEST {test.Count:N0} rows ({test.Positives})");

        var leakage = LeakageCheck.Run(train, config.Leakage, schema.Features.Where(f => f.IsCategorical).Select(f => f.Name).ToHashSet());
        var dropped = leakage.Where(l => l.Flagged).Select(l => l.Feature).ToArray();
        if (request.DropLeaky)
        {
            if (dropped.Length == 0) throw TrainingException.NoLeakyFeatures();
            var drop = dropped.ToHashSet();
            schema = new FeatureSchema(schema.Name, schema.Features.Where(f => !drop.Contains(f.Name)).ToArray(), schema.Description);
            train = train.Without(drop);
            test = test.Without(drop);
            observer.Stage($"dropped as leaky: {string.Join(", ", dropped)}");
        }

        var booster = config.Booster;
        IReadOnlyList<SearchTrial>? trials = null;
        SearchChoice? choice = null;
        if (request.SearchTrials is { } count)
        {
            var searchFolds = TemporalSplit.From(config.Split, config.Validation with { Method = ValidationMethod.Rolling }).Folds;
            foreach (var fold in searchFolds)
            {
                CheckClasses(train.In(fold.Fit), $"search fit window {fold.Fit}");
                CheckClasses(train.In(fold.Valid), $"search validation window {fold.Valid}");
            }
            var search = config.Search with { Trials = count };
            trials = observer.Track("search", count, p => RandomSearch.Run(train, searchFolds, booster, config.EarlyStopping, search,
                booster.Seed, new SynchronousProgress(t => p.Report(t))));
            choice = RandomSearch.Choose(trials, config.Search.MinImprovementStandardErrors);
            booster = choice.Trial.Booster;
        }

        var folds = observer.Track("early stopping", (long)split.Folds.Count * config.EarlyStopping.MaxRounds,
            p => FoldRunner.Run(train, split.Folds, booster, config.EarlyStopping, Counter(p)));
        int rounds = (int)Math.Round(folds.Average(f => f.Booster.BestIteration + 1.0));
        var final = config.Refit
            ? observer.Track("refit on TRAIN", rounds, p => BoosterTrainer.ForRounds(train, booster, rounds, Counter(p)))
            : folds[^1].Booster;
        var model = ModelLoader.Parse(final.ModelText, "trained model");

        var (oofMargins, oofProbabilities, oofLabels) = FoldRunner.OutOfFold(folds);
        if (oofProbabilities.Distinct().Count() < 2)
            throw TrainingException.NoSignal(folds.Select(f => f.Booster.BestIteration + 1).Max(), config.EarlyStopping.Metric);
        var validWindow = new DateRange(split.Folds[0].Valid.From, split.Folds[^1].Valid.To);
        var calibrator = config.Calibration == CalibrationMethod.None ? null
            : ScoreCalibrator.Fit(config.Calibration, oofMargins, oofProbabilities, oofLabels, $"validation {validWindow} (out of fold)");

        observer.Stage("evaluating on TRAIN, validation and TEST");
        var b = config.Bootstrap;
        var trainReport = Evaluator.Evaluate("train", split.Train, model, train, calibrator, b.Replicates, b.Seed);
        var validReport = Evaluator.Report("validation", validWindow, oofMargins, oofProbabilities, oofLabels, calibrator, b.Replicates, b.Seed);
        var testReport = Evaluator.Evaluate("test", split.Test, model, test, calibrator, b.Replicates, b.Seed);
        var windows = new[] { WindowCounts.Of("train", split.Train, all) }
            .Concat(split.Gap is null ? [] : [WindowCounts.Of("gap", split.Gap, all)])
            .Append(WindowCounts.Of("test", split.Test, all)).ToArray();
        var metrics = RunMetrics.Collect(split, windows, final, folds, trainReport, validReport, testReport);
        return new TrainingResult
        {
            ConfigDocument = request.Config, Config = config, Booster = booster, Data = fingerprint, Split = split, Windows = windows,
            Schema = schema, DroppedAsLeaky = request.DropLeaky ? dropped : [], Leakage = leakage, Search = trials, SearchChoice = choice, Folds = folds,
            Final = final, Model = model, Calibrator = calibrator, TrainReport = trainReport, ValidationReport = validReport,
            TestReport = testReport, Metrics = metrics, Gates = GateEvaluator.Evaluate(config.Gates, metrics),
            TrainedAt = DateTimeOffset.UtcNow, Elapsed = watch.Elapsed,
        };
    }

    private static void CheckWindows(LabeledTable table, TemporalSplit split, DateRange span)
    {
        foreach (var (name, window) in new[] { ("train", split.Train), ("test", split.Test) })
            if (table.Count(split.Column, window) == 0)
                throw TrainingException.WindowEmpty(name, window.ToString(), split.Column, span.ToString());
    }

    private static void CheckClasses(LabeledRows rows, string name)
    {
        if (rows.Count == 0) throw TrainingException.WindowEmpty(name, "", "the split column", "no rows there");
        int positives = rows.Positives;
        if (positives == 0 || positives == rows.Count) throw TrainingException.SingleClass(name, rows.Count, positives == 0 ? 0 : 1);
        if (positives < MinPositives) throw TrainingException.TooFewPositives(name, positives, MinPositives);
    }

    private static IProgress<int> Counter(IProgress<long> progress)
    {
        long done = 0;
        return new SynchronousProgress(_ => progress.Report(++done));
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
