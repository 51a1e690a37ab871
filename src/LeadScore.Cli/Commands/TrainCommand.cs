using LeadScore.Cli.Fixtures;
using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Training;
using LeadScore.Training.Config;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore train</c>: train a LightGBM model with a temporal split, evaluate it honestly, write a model directory.</summary>
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
        var output_ = new Option<string>("--out") { Description = "model directory to create", Required = true };
        var overwrite = new Option<bool>("--overwrite") { Description = "replace an existing --out (swapped in only when the new one is complete)" };
        var splitColumn = new Option<string?>("--split-column") { Description = "date column to split on (default contacted_date)" };
        var train = new Option<string?>("--train") { Description = "TRAIN window FROM..TO (YYYY-MM-DD..YYYY-MM-DD)" };
        var gap = new Option<string?>("--gap") { Description = "discarded window between TRAIN and TEST, FROM..TO or none" };
        var test = new Option<string?>("--test") { Description = "TEST window FROM..TO" };
        var seed = new Option<int?>("--seed") { Description = "LightGBM and bootstrap seed" };
        var threads = new Option<int?>("--threads") { Description = "LightGBM threads (default 1; see README on OpenMP and 2-core machines)" };
        var search = new Option<string?>("--search") { Description = "hyperparameter search before training: random" };
        var trials = new Option<int?>("--trials") { Description = "search trials (default: config search.trials)" };
        var dropLeaky = new Option<bool>("--drop-leaky") { Description = "train without the features the leakage check flags" };
        var calibration = new Option<string?>("--calibration") { Description = "isotonic, platt or none" };

        var command = new Command("train", "Train a LightGBM model on a temporal split; evaluate on TEST; write a model directory")
        {
            data, table, target, features, exclude, config, output_, overwrite, splitColumn, train, gap, test, seed, threads, search, trials, dropLeaky, calibration,
        };
        command.SetAction(parse =>
        {
            var document = ConfigDocument.Load(parse.GetValue(config));
            if (parse.GetValue(target) is { } t) document.Set("target", t);
            if (parse.GetValue(splitColumn) is { } c) document.Set("split.column", c);
            if (parse.GetValue(train) is { } tr) document.Set("split.train", Window("--train", tr));
            if (parse.GetValue(test) is { } te) document.Set("split.test", Window("--test", te));
            // New TRAIN/TEST windows make the default gap meaningless: it is kept only when given.
            if (parse.GetValue(gap) is { } g) document.Set("split.gap", g == "none" ? null : Window("--gap", g));
            else if (parse.GetValue(train) is not null || parse.GetValue(test) is not null) document.Set("split.gap", null);
            if (parse.GetValue(seed) is { } s)
            {
                document.Set("lightgbm.seed", s);
                document.Set("bootstrap.seed", s);
            }
            if (parse.GetValue(threads) is { } n) document.Set("lightgbm.num_threads", n);
            if (parse.GetValue(calibration) is { } cal) document.Set("calibration", cal);
            int? searchTrials = null;
            if (parse.GetValue(search) is { } kind)
            {
                if (kind != "random") throw CliException.InvalidOption("--search", "only 'random' is supported");
                searchTrials = parse.GetValue(trials) ?? TrainingConfigReader.Read(document).Search.Trials;
                if (searchTrials < 1) throw CliException.InvalidOption("--trials", "must be at least 1");
            }
            else if (parse.GetValue(trials) is not null) throw CliException.InvalidOption("--trials", "needs --search random");

            var request = new TrainingRequest(parse.GetValue(data)!, parse.GetValue(table), document, List(parse.GetValue(features)),
                List(parse.GetValue(exclude)) ?? [], parse.GetValue(dropLeaky), searchTrials);
            string outDir = parse.GetValue(output_)!;
            bool replace = parse.GetValue(overwrite);
            if (!replace && (Directory.Exists(outDir) || File.Exists(outDir))) throw TrainingException.OutputExists(outDir);

            var result = TrainingRun.Run(request, new CliObserver(output));
            new TrainingView(output).Show(result, PublishedFigures.R3TestFor(result.Split.Train, result.Split.Test, () => result.Data.Hash));
            ModelDirectoryWriter.Write(result, outDir, replace, EvaluationCharts.For(result));
            output.Line($"wrote {outDir}: model.txt ({result.Model.Trees.Count} trees), schema, config, calibration, training, evaluation, gates, leakage, charts; {result.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return command;
    }

    private static JsonArray Window(string option, string text)
    {
        var parts = text.Split("..");
        if (parts.Length != 2 || !parts.All(p => DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            throw CliException.InvalidOption(option, $"'{text}' is not FROM..TO with dates YYYY-MM-DD");
        return new JsonArray(parts[0], parts[1]);
    }

    private static List<string>? List(string? text) =>
        text is null ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
