using DuckDB.NET.Data;
using LeadScore.Data;
using LeadScore.Engine.Import;
using LeadScore.Metrics;
using LeadScore.Tests.Support;
using LeadScore.Tests.Warehouse.Compiled;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Postgres;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>
/// Compiled models on the real PostgreSQL server: V4.1-R3 and V4.0.0 over the 30,738 real leads (margins bit for bit,
/// the one percentile), and random deep trees and a LightGBM model trained here on every row on and around each split.
/// </summary>
public class CompiledOnPostgresTests(RealModelsFixture real) : IClassFixture<RealModelsFixture>
{
    private static Store Warehouse(PostgresDatabase database) =>
        Store.OnPostgres("test database", PostgresAddress.Parse(database.ConnectionString).Open());

    [SkippableTheory]
    [InlineData("v4.1.0_r3")]
    [InlineData("v4.0.0")]
    public void Real_models_on_the_real_leads_give_the_engine_margins_and_percentiles(string model)
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var leads = model == "v4.0.0" ? real.V40 : real.R3;
        using var database = PostgresServer.NewDatabase();
        using var warehouse = Warehouse(database);
        using (var duck = new DuckDBConnection("DataSource=:memory:"))
        {
            duck.Open();
            PostgresCopy.Copy(duck, $"SELECT * FROM read_parquet({Sql.Literal(Fixtures.Path("leads_v41.parquet"))})",
                (Npgsql.NpgsqlConnection)warehouse.Connection, "features.leads");
        }
        var scores = CompiledScoring.Query(warehouse, new CompileRequest(leads.Model, leads.Features, null, warehouse.Dialect, "features.leads", "lead_id"));
        var margins = Enumerable.Range(0, leads.Input.Count).Select(i => (double)leads.Scores.Margin[i]).ToArray();
        var percentiles = Percentile.Of(margins);
        Assert.Equal(leads.Input.Count, scores.Count);
        for (int i = 0; i < scores.Count; i++)
        {
            int row = leads.Row(scores.Ids[i]);
            Assert.Equal(margins[row], scores.Margin[i]);
            Assert.Equal(leads.Scores.Probability[row], scores.Probability[i], 1e-6);
            Assert.Equal(percentiles[row], scores.Percentile[i]);
        }
    }

    [SkippableFact]
    public void Random_deep_trees_with_missing_values_score_the_same_on_every_edge_row()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var model = SomeModels.RandomEnsemble(seed: 11, trees: 120, features: 6, maxDepth: 9);
        using var database = PostgresServer.NewDatabase();
        using var warehouse = Warehouse(database);
        EdgeRows.AssertSameMargins(warehouse, model, EdgeRows.For(model, 3), "edge_rows");
    }

    [SkippableFact]
    public void A_LightGBM_model_trained_here_with_missing_values_scores_the_same_on_every_edge_row()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var model = ModelLoader.Parse(LightGbmModels.TrainSmallModel(4000, 6, 60, 63, 5, out _), "lightgbm.txt");
        using var database = PostgresServer.NewDatabase();
        using var warehouse = Warehouse(database);
        EdgeRows.AssertSameMargins(warehouse, model, EdgeRows.For(model, 4), "edge_rows");
    }
}
