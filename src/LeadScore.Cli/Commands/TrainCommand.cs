using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Storage;
using LeadScore.Training;
using LeadScore.Training.Config;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore train</c>: train a LightGBM model with a temporal split (or, for a table without dates, on every row
/// with stratified cross-validation), evaluate it honestly, write a model directory.
/// </summary>
public static class TrainCommand
{
    public static Command Create(CliOutput output)
    {
        var data = new Option<string>("--data") { Description = "training table: .parquet, .csv, or a DuckDB database with --table", Required = true };
        var table = new Option<string?>("--table") { Description = "table inside the DuckDB database given as --data" };
        var target = new Option<string?>("--target") { Description = "0/1 outcome column (default: config target, \"target\")" };
        var features = new Option<string?>("--features") { Description = "comma-separated features (default: every numeric column but the target and split column); a text column, or X_encoded for text column X, becomes categorical" };
        var exclude = new Option<string?>("--exclude") { Description = "comma-separated columns never used as features" };
        var config = new Option<string?>("--config") { Description = "training config, JSON or YAML, merged over the shipped V4.1-R3 defaults" };
        var outDir = new Option<string>("--out") { Description = "model directory to create", Required = true };
        var overwrite = new Option<bool>("--overwrite") { Description = "replace an existing --out (swapped in only when the new one is complete)" };
        var splitColumn = new Option<string?>("--split-column") { Description = $"date column to split on (default contacted_date), or '{TrainingConfigReader.NoSplit}': train on every row with stratified k-fold cross-validation (a table without a date column and no split options does this too)" };
        var train = new Option<string?>("--train") { Description = "TRAIN window FROM..TO (YYYY-MM-DD..YYYY-MM-DD)" };
        var gap = new Option<string?>("--gap") { Description = "discarded window between TRAIN and TEST, FROM..TO or none" };
        var test = new Option<string?>("--test") { Description = "TEST window FROM..TO" };
        var testData = new Option<string?>("--test-data") { Description = "a separate labelled file (.parquet or .csv) to measure the final model on once, for a table without dates" };
        var seed = CliOptions.OptionalInteger("--seed", "LightGBM, fold and bootstrap seed");
        var threads = CliOptions.OptionalInteger("--threads", "LightGBM threads (default 1; see README on OpenMP and 2-core machines)");
        var search = CliOptions.OptionalChoice("--search", "hyperparameter search before training", ["random"]);
        var trials = CliOptions.OptionalInteger("--trials", "search trials (default: config search.trials)");
        var dropLeaky = new Option<bool>("--drop-leaky") { Description = "train without the features the leakage check flags" };
        var calibration = CliOptions.OptionalChoice("--calibration", "how scores become probabilities (default: config calibration, isotonic)", ["isotonic", "platt", "none"]);

        var command = new Command("train", "Train a LightGBM model on a temporal split (or cross-validated on every row of an undated table); evaluate honestly; write a model directory")
        {
            data, table, target, features, exclude, config, outDir, overwrite, splitColumn, train, gap, test, testData, seed, threads, search, trials, dropLeaky, calibration,
        };
        command.SetAction(parse =>
        {
            var dataPath = InputPaths.File("--data", parse.GetValue(data)!);
            var configPath = InputPaths.OptionalFile("--config", parse.GetValue(config));
            var testPath = InputPaths.OptionalFile("--test-data", parse.GetValue(testData));
            string outPath = parse.GetValue(outDir)!;
            OutputPath.CheckFolder("--out", outPath, [.. InputPaths.Database("--data", dataPath), new("--config", configPath), new("--test-data", testPath)]);
            if (testPath is not null && PathIdentity.Same(testPath, dataPath)) throw CliException.TestDataIsTrainingData(testPath);
            bool replace = parse.GetValue(overwrite);
            if (!replace && (Directory.Exists(outPath) || File.Exists(outPath))) throw TrainingException.OutputExists(outPath);

            var document = ConfigDocument.Load(configPath);
            if (parse.GetValue(target) is { } t) document.Set("target", t, "--target");
            var column = parse.GetValue(splitColumn);
            if (column is not null) document.Set("split.column", column, "--split-column");
            var windows = new[] { ("--train", parse.GetValue(train)), ("--gap", parse.GetValue(gap)), ("--test", parse.GetValue(test)) };
            if (column == TrainingConfigReader.NoSplit && windows.FirstOrDefault(w => w.Item2 is not null) is { Item2: not null } window)
                throw CliException.InvalidOption(window.Item1, $"a date window, but --split-column {TrainingConfigReader.NoSplit} trains without dates; drop one of them");
            if (parse.GetValue(train) is { } tr) document.Set("split.train", Window("--train", tr), "--train");
            if (parse.GetValue(test) is { } te) document.Set("split.test", Window("--test", te), "--test");
            // New TRAIN/TEST windows make the default gap meaningless: it is kept only when given.
            if (parse.GetValue(gap) is { } g) document.Set("split.gap", g == "none" ? null : Window("--gap", g), "--gap");
            else if (parse.GetValue(train) is not null || parse.GetValue(test) is not null) document.Set("split.gap", null, "--train/--test");
            if (parse.GetValue(seed) is { } s)
            {
                document.Set("lightgbm.seed", s, "--seed");
                document.Set("bootstrap.seed", s, "--seed");
            }
            if (parse.GetValue(threads) is { } n) document.Set("lightgbm.num_threads", n, "--threads");
            if (parse.GetValue(calibration) is { } cal) document.Set("calibration", cal, "--calibration");
            int? searchTrials = null;
            if (parse.GetValue(search) is not null)
            {
                searchTrials = parse.GetValue(trials) ?? TrainingConfigReader.Read(document).Search.Trials;
                if (searchTrials < 1) throw CliException.InvalidOption("--trials", "must be at least 1");
            }
            else if (parse.GetValue(trials) is not null) throw CliException.InvalidOption("--trials", "needs --search random");

            var request = new TrainingRequest(dataPath, parse.GetValue(table), document, List(parse.GetValue(features)),
                List(parse.GetValue(exclude)) ?? [], parse.GetValue(dropLeaky), searchTrials, testPath);
            var result = TrainingRun.Run(request, new CliObserver(output));
            new TrainingView(output).Show(result, result.Split is { } split ? PublishedFigures.R3TestFor(split.Train, split.Test, () => result.Data.Hash) : null);
            ModelDirectoryWriter.Write(result, outPath, replace, EvaluationCharts.For(result));
            output.Line($"wrote {outPath}: model.txt ({result.Model.Trees.Count} trees), schema, config, calibration, training, evaluation, gates, leakage, charts; {result.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return command;
    }

    private static JsonArray Window(string option, string text)
    {
        var parts = text.Split("..");
        var dates = parts.Select(p => DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null).ToArray();
        if (parts.Length != 2 || dates.Any(d => d is null))
            throw CliException.InvalidOption(option, $"'{text}' is not FROM..TO with ISO dates (YYYY-MM-DD..YYYY-MM-DD)");
        if (dates[0] > dates[1]) throw CliException.InvalidOption(option, $"'{text}' starts after it ends; write the earlier date first");
        return new JsonArray(parts[0], parts[1]);
    }

    private static List<string>? List(string? text) =>
        text is null ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
