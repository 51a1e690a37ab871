using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Data.Labeled;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Metrics;
using LeadScore.Models;
using LeadScore.Models.Calibration;
using LeadScore.Storage;
using LeadScore.Training;
using LeadScore.Training.Config;
using LeadScore.Training.Evaluation;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore evaluate</c>: the evaluation report of any model (a model directory, XGBoost JSON, LightGBM text) on labelled rows.</summary>
public static class EvaluateCommand
{
    public static Command Create(CliOutput output)
    {
        var model = new Option<string>("--model") { Description = "model directory (leadscore train), XGBoost model.json, LightGBM model.txt, or registry:VERSION", Required = true };
        var data = new Option<string>("--data") { Description = "labelled rows: .parquet, .csv, or a DuckDB database with --table", Required = true };
        var table = new Option<string?>("--table") { Description = "table inside the DuckDB database given as --data" };
        var target = new Option<string?>("--target") { Description = "0/1 outcome column (default: the model's config, else \"target\")" };
        var schema = new Option<string?>("--schema") { Description = $"feature schema for a model file: a JSON file or a built-in name ({string.Join(", ", BuiltInSchemas.Names)})" };
        var splitColumn = new Option<string?>("--split-column") { Description = $"date column (default: the model's config, else contacted_date), or '{TrainingConfigReader.NoSplit}' for a table without dates" };
        var window = new Option<string?>("--window") { Description = "rows to evaluate: test, train, all, or FROM..TO (default: test, or all for a model or table without dates)" };
        var json = new Option<string?>("--json") { Description = "also write the report as JSON to this file (.json)" };
        var charts = new Option<string?>("--charts") { Description = "folder for SVG charts (lift with intervals, reliability)" };
        var replicates = CliOptions.Integer("--bootstrap", "bootstrap replicates for the top-decile lift interval", 2000);
        var seed = CliOptions.Integer("--seed", "bootstrap seed", 42);
        var baseline = new Option<string?>("--baseline") { Description = "another model to compare with on the same rows (paired DeLong test of the AUCs)" };
        var baselineSchema = new Option<string?>("--baseline-schema") { Description = "feature schema of --baseline when it is a model file" };
        var registry = new Option<string?>("--registry") { Description = "registry folder for --model registry:NAME (default $LEADSCORE_REGISTRY, else workspace/registry)" };
        var command = new Command("evaluate", "Evaluate a model on labelled rows: AUC with CI, deciles, lift with CI, calibration, importance")
        {
            model, data, table, target, schema, splitColumn, window, json, charts, replicates, seed, baseline, baselineSchema, registry,
        };
        command.SetAction(parse =>
        {
            var reference = ModelReference.Of("--model", parse.GetValue(model)!, parse.GetValue(registry));
            var options = new EvaluateOptions(reference.Path, InputPaths.File("--data", parse.GetValue(data)!), parse.GetValue(table),
                parse.GetValue(target), parse.GetValue(schema), parse.GetValue(splitColumn), parse.GetValue(window), parse.GetValue(json),
                parse.GetValue(charts), parse.GetValue(replicates), parse.GetValue(seed),
                parse.GetValue(baseline) is { } b ? InputPaths.FileOrFolder("--baseline", b) : null, parse.GetValue(baselineSchema));
            InputPath[] inputs =
            [
                new("--model", options.Model), new("--registry", reference.Registry), .. InputPaths.Database("--data", options.Data),
                new("--schema", File.Exists(options.Schema ?? "") ? options.Schema : null), new("--baseline", options.Baseline),
                new("--baseline-schema", File.Exists(options.BaselineSchema ?? "") ? options.BaselineSchema : null),
            ];
            if (options.Json is not null) OutputPath.CheckFile("--json", options.Json, [".json"], inputs);
            if (options.Charts is not null && File.Exists(options.Charts)) throw StorageException.IsAFile("--charts", options.Charts);
            return Run(output, options, inputs);
        });
        return command;
    }

    private static int Run(CliOutput output, EvaluateOptions o, IReadOnlyList<InputPath> inputs)
    {
        if (o.Replicates < 100) throw CliException.InvalidOption("--bootstrap", "needs at least 100 replicates");
        var directory = ModelDirectory.HoldsModel(o.Model) ? ModelDirectory.Read(o.Model) : null;
        var model = directory?.Model ?? ModelLoader.Load(o.Model);
        var schema = o.Schema is null && directory is not null ? directory.Schema : SchemaResolver.Resolve(o.Schema, model);
        var features = schema.BindTo(model);
        var config = (directory is null ? null : TrainingConfigReader.Stored(directory)) ?? TrainingConfigReader.Read(ConfigDocument.Defaults());
        string targetColumn = o.Target ?? config.Target;
        string? dateColumn = o.SplitColumn == TrainingConfigReader.NoSplit ? null : o.SplitColumn ?? config.Split?.Column;
        ScoreCalibrator? calibrator = directory?.Calibrator;

        using var labeled = LabeledTable.Open(o.Data, o.Table);
        labeled.CheckTarget(targetColumn);
        var (set, range) = Window(o.Window, config, dateColumn, labeled);
        if (o.Charts is not null)
            foreach (var name in EvaluationCharts.Names(set)) OutputPath.CheckFile("--charts", Path.Combine(o.Charts, name), [".svg"], inputs);
        if (range is not null && labeled.Count(dateColumn!, range) == 0)
            throw TrainingException.WindowEmpty(set, range.ToString(), dateColumn!, labeled.CheckDates(dateColumn!).ToString());

        var reports = new List<EvaluationReport>();
        if (set == "test" && config.Split is { } split && labeled.Count(dateColumn!, split.Train) > 0)
            reports.Add(Evaluate("train", split.Train));
        var main = Evaluate(set, range);
        reports.Add(main);

        output.Line($"{model.Producer} model, {model.Trees.Count} trees, schema {schema.Name}; {labeled.File.Name}, {(range is null ? "every row" : $"{dateColumn} {range}")}");
        var view = new EvaluationView(output);
        view.Summary(reports, set == "test" && config.Split is { } s ? PublishedFigures.R3TestFor(s.Train, range!, () => labeled.Fingerprint(dateColumn).Hash) : null);
        if (reports.Count == 2) output.Line($"train - test gaps: AUC {reports[0].Auc.Auc - main.Auc.Auc:F4}, top-decile lift {reports[0].TopDecileLift.Estimate - main.TopDecileLift.Estimate:F2}x");
        AucComparison? comparison = null;
        if (o.Baseline is not null)
        {
            comparison = Compare(model, features, o.Baseline, o.BaselineSchema, labeled, targetColumn, dateColumn, range);
            output.Line($"vs baseline {o.Baseline}: AUC {comparison.AucA:F4} vs {comparison.AucB:F4}, difference {comparison.Difference:+0.0000;-0.0000} " +
                        $"[{comparison.Lower:+0.0000;-0.0000}, {comparison.Upper:+0.0000;-0.0000}], p = {comparison.PValue:F3} (paired DeLong, same {main.Rows:N0} rows)");
        }
        view.Deciles(main);
        view.Reliability(main);
        view.Importance(main);

        if (o.Json is not null)
        {
            AtomicFile.WriteText(o.Json, JsonSerializer.Serialize(new { model = o.Model, data = labeled.File.Name, reports, baseline = o.Baseline, comparison }, ModelDirectory.Json));
            output.Line($"wrote {o.Json}");
        }
        if (o.Charts is not null)
        {
            Directory.CreateDirectory(o.Charts);
            foreach (var (name, svg) in EvaluationCharts.For(main)) AtomicFile.WriteBytes(Path.Combine(o.Charts, name), svg);
            output.Line($"wrote charts to {o.Charts}");
        }
        return 0;

        EvaluationReport Evaluate(string name, DateRange? window)
        {
            var rows = labeled.Read(features, targetColumn, window is null ? null : dateColumn, window);
            return Evaluator.Evaluate(name, window, model, rows, calibrator, o.Replicates, o.Seed);
        }
    }

    // Both models read the same rows in the same order (one table, one window), each through its own schema.
    private static AucComparison Compare(TreeEnsemble model, IReadOnlyList<FeatureSpec> features, string baselinePath, string? baselineSchema,
        LabeledTable labeled, string target, string? dateColumn, DateRange? range)
    {
        var other = ModelDirectory.HoldsModel(baselinePath) ? ModelDirectory.Read(baselinePath) : null;
        var baseline = other?.Model ?? ModelLoader.Load(baselinePath);
        var baselineFeatures = (baselineSchema is null && other is not null ? other.Schema : SchemaResolver.Resolve(baselineSchema, baseline)).BindTo(baseline);
        var column = range is null ? null : dateColumn;
        var ours = labeled.Read(features, target, column, range);
        var theirs = labeled.Read(baselineFeatures, target, column, range);
        return DeLong.Compare(ModelScores.Of(model, ours, explain: false).Probabilities, ModelScores.Of(baseline, theirs, explain: false).Probabilities, ours.Labels);
    }

    // The rows to evaluate: a window of the model's split, all rows (null: no date filter), or dates the user gave.
    private static (string Set, DateRange? Range) Window(string? text, TrainingConfig config, string? dateColumn, LabeledTable labeled)
    {
        if (dateColumn is null)
        {
            if (text is null or "all") return ("all", null);
            throw CliException.InvalidOption("--window", $"'{text}' needs a date column, and there is none (the model was trained without dates, or --split-column {TrainingConfigReader.NoSplit}); use --window all, or name the date column with --split-column");
        }
        text ??= config.Split is null ? "all" : "test";
        if (text is "test" or "train" && config.Split is null)
            throw CliException.InvalidOption("--window", $"'{text}' is a window of the model's split, and the model was trained without dates; use --window all or FROM..TO");
        switch (text)
        {
            case "test": return ("test", config.Split!.Test);
            case "train": return ("train", config.Split!.Train);
            case "all": return ("all", labeled.CheckDates(dateColumn));
        }
        if (DateRange.TryParse(text, out var range))
        {
            labeled.CheckDates(dateColumn);
            return ("window", range);
        }
        throw CliException.InvalidOption("--window", $"'{text}' is not test, train, all or FROM..TO (YYYY-MM-DD..YYYY-MM-DD, the earlier date first)");
    }

    private sealed record EvaluateOptions(string Model, string Data, string? Table, string? Target, string? Schema, string? SplitColumn,
        string? Window, string? Json, string? Charts, int Replicates, int Seed, string? Baseline, string? BaselineSchema);
}
