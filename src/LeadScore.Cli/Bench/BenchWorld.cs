using System.Diagnostics;
using LeadScore.Cli.Fixtures;
using LeadScore.Training;
using LeadScore.Training.Config;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Synthetic;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Bench;

/// <summary>
/// The setup the monthly benchmarks share and do not time: a fresh synthetic warehouse of a given size with its
/// training features, and two models trained on them with the R3 features (a champion with the default settings and
/// a challenger at a lower learning rate).
/// </summary>
public sealed record BenchWorld(string Database, string Champion, string Challenger, TimeSpan Setup)
{
    public static BenchWorld Create(int advisors, string folder)
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "bench.duckdb");
        foreach (var file in new[] { db, db + ".wal" }) File.Delete(file);
        var clock = Stopwatch.StartNew();
        using (var warehouse = Store.Open(db))
        {
            SyntheticWarehouse.Fill(warehouse, new SyntheticOptions(advisors));
            FeatureTables.Training(warehouse, TargetOptions.V41(new DateOnly(2025, 12, 15)));
        }
        var champion = Train(db, folder, "champion", ConfigDocument.Defaults());
        var challengerConfig = ConfigDocument.Defaults();
        challengerConfig.Set("lightgbm.learning_rate", System.Text.Json.Nodes.JsonValue.Create(0.02), "bench");
        var challenger = Train(db, folder, "challenger", challengerConfig);
        return new BenchWorld(db, champion, challenger, clock.Elapsed);
    }

    /// <summary>The world <see cref="Create"/> left in <paramref name="folder"/>.</summary>
    public static BenchWorld In(string folder) =>
        new(Path.Combine(folder, "bench.duckdb"), Path.Combine(folder, "champion"), Path.Combine(folder, "challenger"), TimeSpan.Zero);

    private static string Train(string db, string folder, string name, ConfigDocument config)
    {
        var result = TrainingRun.Run(new TrainingRequest(db, FeatureTables.TrainingTable, config, OriginalModel.V41R3.Features, [], false, null), SilentObserver.Instance);
        var path = Path.Combine(folder, name);
        ModelDirectoryWriter.Write(result, path, overwrite: true);
        return path;
    }
}
