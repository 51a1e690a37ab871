using LeadScore.Lists;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Scoring;
using LeadScore.Scoring.Checks;
using LeadScore.Scoring.Narratives;
using LeadScore.Tests.Support;
using LeadScore.Training;
using LeadScore.Training.Config;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Synthetic;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Lists;

/// <summary>
/// The month at the real scale: the full synthetic warehouse (788,000 advisors, 14 active reps), a model trained on its
/// leads with the R3 feature list, the scoring run as of 2025-12-31 and the January 2026 list built from it with the
/// default policy and the built-in rules. Tests read the result or take their own copy of the warehouse.
/// </summary>
public sealed class ListWorld : IDisposable
{
    public const string Month = "2026-01";
    private readonly TempFolder folder = new();
    private int copies;

    public ListWorld()
    {
        Database = folder.File("world.duckdb");
        using (var warehouse = Store.Open(Database))
        {
            SyntheticWarehouse.Fill(warehouse, new SyntheticOptions());
            FeatureTables.Training(warehouse, TargetOptions.V41(new DateOnly(2025, 12, 15)));
        }
        var config = ConfigDocument.Defaults();
        config.Set("early_stopping.max_rounds", System.Text.Json.Nodes.JsonValue.Create(200), "test");
        var trained = TrainingRun.Run(new TrainingRequest(Database, FeatureTables.TrainingTable, config,
            LeadScore.Cli.Fixtures.OriginalModel.V41R3.Features, [], false, null), SilentObserver.Instance);
        Model = folder.File("model");
        ModelDirectoryWriter.Write(trained, Model, overwrite: false);
        var scored = ScoringRun.Execute(new ScoringRequest(Database, new DateOnly(2025, 12, 31), "2025-12-31",
            [RunModel.Load(new ModelSource("synthetic", ModelRole.Champion, Model, Model))], CheckThresholds.Defaults, PhraseBook.BuiltIn), _ => { });
        Assert.True(scored.Succeeded, scored.Run.Reason);
        List = ListBuild.Execute(Database, new ListRequest(Month, null, ListPolicy.Resolve("default"), RuleSet.Builtin()), _ => { });
    }

    /// <summary>The warehouse, scored and with the published January list (read it; copy it with <see cref="Fresh"/> to change it).</summary>
    public string Database { get; }

    public string Model { get; }

    public ListResult List { get; }

    public TempFolder Folder => folder;

    public string Fresh()
    {
        var copy = folder.File($"copy-{Interlocked.Increment(ref copies)}.duckdb");
        File.Copy(Database, copy);
        return copy;
    }

    public void Dispose() => folder.Dispose();
}

/// <summary>The test classes that share one <see cref="ListWorld"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ListWorldCollection : ICollectionFixture<ListWorld>
{
    public const string Name = "list world";
}
