using System.Diagnostics;
using LeadScore.Data.Input;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using LeadScore.Models;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Features;
using LeadScore.Cli.Terminal;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Bench;

/// <summary>
/// <c>bench sql</c>: the full synthetic prospect table scored three ways in the same run — in process by the engine
/// (reading the feature columns and scoring, no SHAP), and inside DuckDB and PostgreSQL by the compiled model (one
/// CREATE TABLE of margins, probabilities and percentiles each). Each is timed best of a few passes after a warm-up;
/// the rows, the rate, the size of each query and how far each engine's margins are from the in-process ones.
/// </summary>
public sealed class SqlBench(CliOutput output, int advisors, string workFolder, string? fixtures, SqlBenchPostgres? postgres)
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    public int Run()
    {
        var world = File.Exists(Path.Combine(workFolder, "bench.duckdb")) && Directory.Exists(Path.Combine(workFolder, "champion")) && SameSize(workFolder)
            ? BenchWorld.In(workFolder) : Created(workFolder);
        using (var warehouse = Store.OpenExisting(world.Database))
            if (!warehouse.HasTable(FeatureTables.ProspectTable)) FeatureTables.Prospects(warehouse, AsOf);
        var models = new List<(string Name, TreeEnsemble Model, IReadOnlyList<FeatureSpec> Features, LeadScore.Models.Calibration.ScoreCalibrator? Calibrator)>();
        var champion = ModelDirectory.Read(world.Champion);
        models.Add(("trained here (LightGBM)", champion.Model, champion.Schema.BindTo(champion.Model), champion.Calibrator));
        if (fixtures is not null)
        {
            var r3 = ModelLoader.Load(Path.Combine(fixtures, "models", "v4.1.0_r3", "model.json"));
            models.Add(("V4.1-R3 (XGBoost)", r3, BuiltInSchemas.Find("v4.1.0_r3")!.BindTo(r3), null));
        }

        var table = new Table().AddPlainColumns(["model", "engine", "rows", "time", "rate", "query", "max |margin - engine|"]);
        foreach (var (name, model, features, calibrator) in models)
        {
            var (rows, inProcess, margins) = InProcess(world.Database, model, features);
            table.AddPlainRow([name, "in process (read + score)", $"{rows:N0}", Timing.Duration(inProcess), Timing.Rate(rows, inProcess), "-", "0"]);
            using (var warehouse = Store.OpenExisting(world.Database))
                table.AddPlainRow(InWarehouse(name, "DuckDB (compiled SQL)", warehouse, model, features, calibrator, margins));
            if (postgres is not null)
            {
                using var warehouse = postgres.Open(world.Database);
                table.AddPlainRow(InWarehouse(name, "PostgreSQL (compiled SQL)", warehouse, model, features, calibrator, margins));
            }
        }
        output.Console.Write(table);
        output.Line($"{Environment.ProcessorCount} cores; synthetic warehouse of {advisors:N0} advisors, prospects as of {AsOf:yyyy-MM-dd}; " +
                    $"each time is the best of 3 passes after a warm-up{(postgres is null ? "; PostgreSQL not measured (no server)" : "; " + postgres.Description)}");
        return 0;
    }

    private BenchWorld Created(string folder)
    {
        // The size marker goes first: a run killed while building leaves no world that a later run would take as whole.
        File.Delete(Path.Combine(folder, "advisors.txt"));
        var world = BenchWorld.Create(advisors, folder);
        File.WriteAllText(Path.Combine(folder, "advisors.txt"), advisors.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.Line($"setup (not timed): synthetic warehouse of {advisors:N0} advisors and a model trained on it in {world.Setup.TotalSeconds:F1} s");
        return world;
    }

    private bool SameSize(string folder) =>
        File.Exists(Path.Combine(folder, "advisors.txt")) && File.ReadAllText(Path.Combine(folder, "advisors.txt")).Trim() == advisors.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Reading the model's columns from the warehouse and scoring them, as the engine path of a scoring run does (no SHAP).
    private static (long Rows, TimeSpan Elapsed, Dictionary<string, float> Margins) InProcess(string database, TreeEnsemble model, IReadOnlyList<FeatureSpec> features)
    {
        (string[] Ids, ScoreBlock Scores, int Rows) last = ([], null!, 0);
        var elapsed = Timing.Best(() =>
        {
            using var reader = FeatureReader.Open(database, features, "advisor_crd", FeatureTables.ProspectTable);
            var block = new FeatureBlock(features.Count, (int)reader.RowCount);
            var ids = new string[block.Stride];
            reader.Read(block, ids);
            var scores = new ScoreBlock(features.Count, block.Stride, withShap: false);
            new BatchScorer(new EnsembleScorer(model), 0).Run(block, scores, explain: false);
            last = (ids, scores, block.Count);
        });
        // The margins by id, to compare the engines with, are gathered once, outside the timing.
        var margins = new Dictionary<string, float>(last.Rows);
        for (int i = 0; i < last.Rows; i++) margins[last.Ids[i]] = last.Scores.Margin[i];
        return (last.Rows, elapsed, margins);
    }

    private static string[] InWarehouse(string name, string engine, Store warehouse, TreeEnsemble model, IReadOnlyList<FeatureSpec> features,
        LeadScore.Models.Calibration.ScoreCalibrator? calibrator, Dictionary<string, float> margins)
    {
        var request = new CompileRequest(model, features, calibrator, warehouse.Dialect, FeatureTables.ProspectTable, "advisor_crd");
        CompiledRun? run = null;
        var elapsed = Timing.Best(() => run = CompiledScoring.Run(warehouse, request, "features.bench_sql_scores"));
        double worst = 0;
        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = $"SELECT CAST(advisor_crd AS {warehouse.Dialect.TextType}), margin FROM features.bench_sql_scores";
            using var reader = command.ExecuteReader();
            while (reader.Read()) worst = Math.Max(worst, Math.Abs(reader.GetDouble(1) - margins[reader.GetString(0)]));
        }
        using (var drop = warehouse.Connection.CreateCommand())
        {
            drop.CommandText = "DROP TABLE features.bench_sql_scores";
            drop.ExecuteNonQuery();
        }
        return [name, engine, $"{run!.Rows:N0}", Timing.Duration(elapsed), Timing.Rate(run.Rows, elapsed), $"{run.Sql.LongestStatementBytes / 1024.0:N0} KB", $"{worst:G3}"];
    }
}
