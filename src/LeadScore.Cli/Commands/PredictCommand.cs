using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Data;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Models;
using LeadScore.Storage;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore predict</c>: score (and explain) every row of a Parquet or CSV file into a new file.</summary>
public static class PredictCommand
{
    public static Command Create(CliOutput output)
    {
        var model = new Option<string>("--model") { Description = "model directory (leadscore train; adds calibrated_probability), XGBoost model.json, LightGBM model.txt, or registry:VERSION", Required = true };
        var input = new Option<string>("--input") { Description = "rows to score: .parquet, .csv, or a DuckDB database with --table", Required = true };
        var table = new Option<string?>("--table") { Description = "table inside the DuckDB database given as --input, e.g. features.prospects" };
        var target = new Option<string>("--output") { Description = "where to write the scores: .parquet or .csv", Required = true };
        var schema = new Option<string?>("--schema")
        {
            Description = $"feature schema: a JSON file or a built-in name ({string.Join(", ", BuiltInSchemas.Names)}); default: final_features.json beside the model if it has category codes, else all numeric",
        };
        var id = new Option<string>("--id-column") { Description = "column that identifies a row", DefaultValueFactory = _ => "lead_id" };
        var shap = new Option<bool>("--shap") { Description = "add one shap_<feature> column per feature and shap_bias (log-odds)" };
        var topK = CliOptions.Integer("--top-k", "add the k strongest reasons per row (feature, value, contribution)", 0);
        var threads = CliOptions.Integer("--threads", "worker threads (0 = all cores)", 0);
        var best = new Option<bool>("--best-iteration") { Description = "use only the trees up to the model's recorded best_iteration" };

        var registry = new Option<string?>("--registry") { Description = "registry folder for --model registry:NAME (default $LEADSCORE_REGISTRY, else workspace/registry)" };
        var command = new Command("predict", "Score and explain every row of a file or warehouse table") { model, input, table, target, schema, id, shap, topK, threads, best, registry };
        command.SetAction(parse =>
        {
            var reference = ModelReference.Of("--model", parse.GetValue(model)!, parse.GetValue(registry));
            var options = new PredictOptions(reference.Path, InputPaths.File("--input", parse.GetValue(input)!), parse.GetValue(target)!, parse.GetValue(schema),
                parse.GetValue(id)!, parse.GetValue(shap), parse.GetValue(topK), parse.GetValue(threads), parse.GetValue(best), parse.GetValue(table));
            OutputPath.CheckFile("--output", options.Output, [".parquet", ".csv"],
                [.. InputPaths.Database("--input", options.Input), new("--model", options.Model), new("--registry", reference.Registry),
                 new("--schema", File.Exists(options.Schema ?? "") ? options.Schema : null)]);
            return Run(output, options);
        });
        return command;
    }

    private static int Run(CliOutput output, PredictOptions options)
    {
        var loaded = ModelLoader.Load(options.Model);
        var model = options.BestIteration
            ? loaded.UpToIteration(loaded.BestIteration ?? throw CliException.BestIterationMissing(options.Model))
            : loaded;
        var schema = SchemaResolver.Resolve(options.Schema, model);
        var features = schema.BindTo(model);
        if (options.TopK < 0 || options.TopK > features.Count) throw CliException.TopKOutOfRange(options.TopK, features.Count);
        if (options.Threads < 0) throw CliException.InvalidOption("--threads", "must be 0 (all cores) or more");

        var calibrator = ModelDirectory.HoldsModel(options.Model) ? ModelDirectory.Read(options.Model).Calibrator : null;
        var request = new FileScoringRequest(model, features, options.Input, options.Output, options.IdColumn,
            options.Shap, options.TopK, options.Threads,
            Calibrate: calibrator is null ? null : (margin, probability) => (float)calibrator.Apply(margin, probability), Table: options.Table);
        using var job = FileScoring.Open(request);
        foreach (var warning in job.Warnings) output.Err.WriteLine($"warning: {warning}");
        var result = ProgressReporter.Run(output, "scoring", job.Rows, job.Run);
        output.Line($"scored {result.Rows:N0} rows with {model.Trees.Count} trees ({model.Producer}), schema {schema.Name}, " +
                    $"{result.Threads} thread(s), in {result.Elapsed.TotalSeconds:F2} s -> {options.Output}");
        output.Err.WriteLine($"validating {result.Validating.TotalSeconds:F2} s; then busy: reading {result.Reading.TotalSeconds:F2} s, " +
                             $"scoring {result.Scoring.TotalSeconds:F2} s, writing {result.Writing.TotalSeconds:F2} s (the stages overlap)");
        return 0;
    }

    private sealed record PredictOptions(string Model, string Input, string Output, string? Schema, string IdColumn,
        bool Shap, int TopK, int Threads, bool BestIteration, string? Table);
}
