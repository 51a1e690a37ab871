using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Scoring;
using LeadScore.Scoring.Checks;
using LeadScore.Scoring.Narratives;
using LeadScore.Storage;
using LeadScore.Warehouse.Scores;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore score</c>: the monthly scoring run. Every producing advisor as of a date, scored and explained by the
/// champion and each challenger in shadow, checked, and published into the warehouse (<c>scores.runs</c>,
/// <c>scores.prospect_scores</c>). Exit code 0: published; 3: a check failed, the attempt is recorded as failed and
/// nothing is published; 1: the run could not start (bad input).
/// </summary>
public static class ScoreCommand
{
    /// <summary>Exit code of a run whose checks failed.</summary>
    public const int ChecksFailed = 3;

    public static Command Create(CliOutput output)
    {
        var db = new Option<string>("--db") { Description = "the workspace's DuckDB warehouse", DefaultValueFactory = _ => Store.DefaultPath };
        var asOf = new Option<string>("--as-of") { Description = "score every producing advisor as of this date (YYYY-MM-DD)", Required = true };
        var model = new Option<string>("--model")
        {
            Description = "the champion: registry:NAME (e.g. registry:champion), a model directory or a model file", DefaultValueFactory = _ => RunModels.DefaultChampion,
        };
        var shadow = new Option<string[]>("--shadow") { Description = "a challenger scored in shadow on the same rows (repeatable); default: every challenger of the registry when --model is registry:…", AllowMultipleArgumentsPerToken = false };
        var noShadow = new Option<bool>("--no-shadow") { Description = "score with the champion alone" };
        var registry = new Option<string?>("--registry") { Description = "registry folder for registry:NAME (default $LEADSCORE_REGISTRY, else workspace/registry)" };
        var runId = new Option<string?>("--run-id") { Description = "the run's name (default: the as-of date); a run id scored again is replaced whole when the new attempt passes its checks" };
        var reference = new Option<string?>("--reference") { Description = "training rows (a .parquet or .csv file, or a warehouse table such as features.training) for models whose directory keeps no training profile" };
        var referenceId = new Option<string>("--reference-id-column") { Description = "id column of the --reference rows", DefaultValueFactory = _ => "lead_id" };
        var checks = new Option<string?>("--checks") { Description = "JSON file overriding check thresholds (see src/LeadScore.Scoring/Checks/default-checks.json)" };
        var phrases = new Option<string?>("--phrases") { Description = "JSON phrase file adding or replacing narrative phrases (format: src/LeadScore.Scoring/Narratives/README.md)" };
        var export = new Option<string?>("--export") { Description = "also write the champion's rows to this .parquet or .csv file (and the score chart beside it)" };
        var engine = CliOptions.Choice("--engine", "where the scores are computed: process (the engine here), or sql (each model compiled to SQL and run inside the warehouse; explanations and checks still read the features here)",
            ["process", "sql"], "process");
        var chart = new Option<string?>("--chart") { Description = "score-distribution chart of every model, .svg or .png (default: beside --export)" };
        var command = new Command("score", "The monthly scoring run: every producing advisor scored, explained and checked, published into the warehouse")
        {
            db, asOf, model, shadow, noShadow, registry, runId, reference, referenceId, checks, phrases, export, chart, engine,
        };
        command.SetAction(parse =>
        {
            var date = CliOptions.ParseDate("--as-of", parse.GetValue(asOf)!);
            var database = InputPaths.File("--db", parse.GetValue(db)!);
            var id = parse.GetValue(runId) ?? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (id.Trim().Length == 0 || id.Any(char.IsControl)) throw CliException.InvalidOption("--run-id", $"'{id}' is not a usable run name");
            var sources = RunModels.Resolve(parse.GetValue(model)!, parse.GetValue(shadow) ?? [], parse.GetValue(noShadow), parse.GetValue(registry));
            var checksFile = InputPaths.OptionalFile("--checks", parse.GetValue(checks));
            var phraseFile = InputPaths.OptionalFile("--phrases", parse.GetValue(phrases));
            var exportPath = parse.GetValue(export);
            var chartPath = parse.GetValue(chart) ?? (exportPath is null ? null : Path.Combine(Path.GetDirectoryName(exportPath) ?? "", Path.GetFileNameWithoutExtension(exportPath) + "-scores.svg"));
            InputPath[] inputs =
            [
                .. InputPaths.Database("--db", database), new("--registry", parse.GetValue(registry)), new("--checks", checksFile), new("--phrases", phraseFile),
                new("--reference", File.Exists(parse.GetValue(reference) ?? "") ? parse.GetValue(reference) : null), .. sources.Select(s => new InputPath(s.Role == ModelRole.Champion ? "--model" : "--shadow", s.Path)),
            ];
            if (exportPath is not null) OutputPath.CheckFile("--export", exportPath, [".parquet", ".csv"], inputs);
            if (chartPath is not null) OutputPath.CheckFile("--chart", chartPath, [".svg", ".png"], [.. inputs, new("--export", exportPath)]);
            foreach (var path in new[] { exportPath, chartPath }.OfType<string>()) OutputPath.CheckFolderExists(path);

            var request = new ScoringRequest(database, date, id, sources.Select(RunModel.Load).ToArray(),
                checksFile is null ? CheckThresholds.Defaults : CheckThresholds.Read(checksFile),
                phraseFile is null ? PhraseBook.BuiltIn : PhraseBook.BuiltIn.With(PhraseBook.Read(phraseFile)),
                parse.GetValue(reference), parse.GetValue(referenceId)!, Engine: parse.GetValue(engine) == "sql" ? ScoringEngine.Sql : ScoringEngine.Process);
            var result = ScoringRun.Execute(request, output.Line);
            ScoringRunView.Show(output, result);
            if (!result.Succeeded)
            {
                output.Err.WriteLine($"error: run {id} failed its checks and was recorded as failed (attempt {result.Run.Attempt}); nothing was published: {result.Run.Reason}");
                return ChecksFailed;
            }
            if (exportPath is not null)
            {
                long rows;
                using (var warehouse = Store.OpenExisting(database, readOnly: true)) rows = ScoreExports.Champion(warehouse, id, exportPath);
                output.Line($"exported the champion's {rows:N0} rows -> {exportPath}");
            }
            if (chartPath is not null)
            {
                AtomicFile.WriteBytes(chartPath, ScoringRunView.Distribution(result).Encode(chartPath));
                output.Line($"score distribution chart -> {chartPath}");
            }
            return 0;
        });
        return command;
    }
}
