using LeadScore.Models.Profile;
using LeadScore.Scoring;
using LeadScore.Scoring.Checks;
using LeadScore.Scoring.Narratives;
using LeadScore.Tests.Support;
using LeadScore.Training;
using LeadScore.Training.Config;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Synthetic;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Scoring;

/// <summary>
/// A small synthetic world for scoring runs: 100,000 advisors (seed 42) with training features, and two models trained
/// on them with the R3 feature list — a champion and a challenger with other settings — each with its training
/// profile. Tests take their own copy of the warehouse (<see cref="Fresh"/>), so runs never meet.
/// </summary>
public sealed class ScoringWorld : IDisposable
{
    public const int Advisors = 100_000;
    public static readonly DateOnly AsOf = new(2025, 12, 31);

    private readonly TempFolder folder = new();
    private int copies;

    public ScoringWorld()
    {
        Database = folder.File("world.duckdb");
        using (var warehouse = Store.Open(Database))
        {
            SyntheticWarehouse.Fill(warehouse, new SyntheticOptions(Advisors, 42));
            FeatureTables.Training(warehouse, TargetOptions.V41(new DateOnly(2025, 12, 15)));
        }
        Champion = Train("champion", 0.05, 2);
        Challenger = Train("challenger", 0.03, 3);
    }

    /// <summary>The world's warehouse (never scored into: copy it with <see cref="Fresh"/>).</summary>
    public string Database { get; }

    /// <summary>Model directory of the champion.</summary>
    public string Champion { get; }

    /// <summary>Model directory of the challenger.</summary>
    public string Challenger { get; }

    public TempFolder Folder => folder;

    /// <summary>A copy of the warehouse for one test.</summary>
    public string Fresh()
    {
        var copy = folder.File($"copy-{Interlocked.Increment(ref copies)}.duckdb");
        File.Copy(Database, copy);
        return copy;
    }

    /// <summary>A request scoring <paramref name="database"/> with the champion and, in shadow, the challenger.</summary>
    public ScoringRequest Request(string database, string runId = "2025-12-31", bool withChallenger = true,
        Func<Store, DateOnly, FeatureBuildResult>? build = null) =>
        new(database, AsOf, runId,
            [RunModel.Load(new ModelSource("champion", ModelRole.Champion, Champion, Champion)),
             .. withChallenger ? [RunModel.Load(new ModelSource("challenger", ModelRole.Shadow, Challenger, Challenger))] : Array.Empty<RunModel>()],
            CheckThresholds.Defaults, PhraseBook.BuiltIn, FeatureBuild: build);

    private string Train(string name, double learningRate, int depth)
    {
        var config = folder.File($"{name}.yaml");
        File.WriteAllText(config, $"""
            name: {name}
            lightgbm:
              learning_rate: {learningRate.ToString(System.Globalization.CultureInfo.InvariantCulture)}
              max_depth: {depth}
              num_leaves: 8
              min_sum_hessian_in_leaf: 1
              min_gain_to_split: 0
            early_stopping:
              metric: auc
              rounds: 30
              max_rounds: 300
            bootstrap:
              replicates: 100
            """);
        var result = TrainingRun.Run(new TrainingRequest(Database, FeatureTables.TrainingTable, ConfigDocument.Load(config),
            Features, [], false, null), SilentObserver.Instance);
        var path = folder.File(name);
        ModelDirectoryWriter.Write(result, path, overwrite: false);
        return path;
    }

    // The R3 features but one that a world this small never sets in TRAIN.
    private static readonly string[] Features = LeadScore.Cli.Fixtures.OriginalModel.V41R3.Features.Where(f => f != "mobility_x_heavy_bleeding").ToArray();

    public void Dispose() => folder.Dispose();
}

/// <summary>The test classes that share one <see cref="ScoringWorld"/> (built once; each test scores its own copy).</summary>
[CollectionDefinition(Name)]
public sealed class ScoringWorldCollection : ICollectionFixture<ScoringWorld>
{
    public const string Name = "scoring world";
}
