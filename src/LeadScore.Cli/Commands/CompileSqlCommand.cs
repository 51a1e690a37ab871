using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Models;
using LeadScore.Storage;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore compile-sql</c>: a model as a SQL query over a feature table, for DuckDB, PostgreSQL or BigQuery, returning
/// the engine's margins and probabilities for every row where the data lives.
/// </summary>
public static class CompileSqlCommand
{
    public static Command Create(CliOutput output)
    {
        var model = new Option<string>("--model") { Description = "model directory (adds calibrated_probability), XGBoost model.json, LightGBM model.txt, or registry:VERSION", Required = true };
        var registry = new Option<string?>("--registry") { Description = "registry folder for --model registry:NAME (default $LEADSCORE_REGISTRY, else workspace/registry)" };
        var schema = new Option<string?>("--schema") { Description = $"feature schema: a JSON file or a built-in name ({string.Join(", ", BuiltInSchemas.Names)}); default as predict" };
        var dialect = new Option<string>("--dialect") { Description = $"SQL dialect: {string.Join(", ", SqlDialect.All.Select(d => d.Name))}", Required = true, HelpName = "duckdb|postgres|bigquery" };
        var table = new Option<string>("--table") { Description = "feature table the query reads (project.dataset.table in BigQuery)", DefaultValueFactory = _ => "features.prospects" };
        var id = new Option<string>("--id-column") { Description = "column that identifies a row", DefaultValueFactory = _ => "advisor_crd" };
        var stage = new Option<string?>("--stage-table") { Description = "prefix of the tables a query too long for the dialect is staged through (default: the table's name + _leadscore_stage)" };
        var explain = new Option<bool>("--explain") { Description = "also return reason1..3 (_feature, _value, _contribution): the exact TreeSHAP top 3, tabulated in SQL (models of depth <= 2)" };
        var best = new Option<bool>("--best-iteration") { Description = "use only the trees up to the model's recorded best_iteration" };
        var target = new Option<string?>("--out") { Description = "file to write the SQL to (.sql); several files <name>.<k>.sql when the query must be split; default: standard output" };
        var command = new Command("compile-sql", "Compile a model to a SQL query that scores a feature table inside the warehouse")
            { model, registry, schema, dialect, table, id, stage, explain, best, target };
        command.SetAction(parse =>
        {
            var reference = ModelReference.Of("--model", parse.GetValue(model)!, parse.GetValue(registry));
            var sqlDialect = SqlDialect.Parse(parse.GetValue(dialect)!);
            var outPath = parse.GetValue(target);
            var schemaOption = parse.GetValue(schema);
            InputPath[] inputs = [new("--model", reference.Path), new("--registry", reference.Registry), new("--schema", File.Exists(schemaOption ?? "") ? schemaOption : null)];
            if (outPath is not null) OutputPath.CheckFile("--out", outPath, [".sql"], inputs);
            var loaded = ModelLoader.Load(reference.Path);
            var ensemble = parse.GetValue(best)
                ? loaded.UpToIteration(loaded.BestIteration ?? throw CliException.BestIterationMissing(reference.Path))
                : loaded;
            var resolved = SchemaResolver.Resolve(schemaOption, ensemble);
            var calibrator = ModelDirectory.HoldsModel(reference.Path) ? ModelDirectory.Read(reference.Path).Calibrator : null;
            var compiled = ModelSql.Compile(new CompileRequest(ensemble, resolved.BindTo(ensemble), calibrator, sqlDialect,
                parse.GetValue(table)!, parse.GetValue(id)!, parse.GetValue(stage), parse.GetValue(model)) { Explain = parse.GetValue(explain) });
            var summary = $"compiled {compiled.Trees} trees (depth <= {ensemble.MaxDepth}, schema {resolved.Name}) for {sqlDialect.Name} in {compiled.Stages} stage(s): " +
                          $"{compiled.Statements.Count} statement(s), longest {compiled.LongestStatementBytes:N0} bytes" +
                          (compiled.Calibrated ? ", with calibrated_probability" : "") + (parse.GetValue(explain) ? ", with the top-3 reasons" : "");
            if (outPath is null)
            {
                output.Out.Write(compiled.Script);
                output.Err.WriteLine(summary);
                return 0;
            }
            var files = Files(outPath, compiled.Statements.Count);
            foreach (var file in files) OutputPath.CheckFile("--out", file, [".sql"], inputs);
            Write(files, compiled.Statements);
            output.Line($"{summary} -> {string.Join(", ", files)}");
            if (files.Count > 1) output.Line($"run them in order, each as its own query: the first {files.Count - 1} create stage tables, the last returns the scores");
            return 0;
        });
        return command;
    }

    // Every part written before any replaces its file, so an interrupted run leaves the earlier parts as they were.
    private static void Write(IReadOnlyList<string> files, IReadOnlyList<string> statements)
    {
        var parts = new List<AtomicFile>();
        try
        {
            for (int i = 0; i < files.Count; i++)
            {
                parts.Add(new AtomicFile(files[i]));
                parts[i].Write(System.Text.Encoding.UTF8.GetBytes(statements[i].TrimEnd() + ";\n"));
            }
            foreach (var part in parts) part.Commit();
        }
        finally
        {
            foreach (var part in parts) part.Dispose();
        }
    }

    // One file, or <stem>.1.sql ... <stem>.N.sql when the query is staged.
    private static IReadOnlyList<string> Files(string path, int count)
    {
        if (count == 1) return [path];
        var stem = path[..^".sql".Length];
        return Enumerable.Range(1, count).Select(k => $"{stem}.{k}.sql").ToArray();
    }
}
