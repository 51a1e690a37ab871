using LeadScore.Data;
using LeadScore.Metrics;
using LeadScore.Tests.Support;
using LeadScore.Warehouse;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Dialects;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>Scoring inside a DuckDB warehouse with the compiled R3: margins, probabilities and percentiles equal the engine's and the one percentile function.</summary>
public class CompiledScoringTests(RealModelsFixture real) : IClassFixture<RealModelsFixture>
{
    [SkippableFact]
    public void R3_scored_inside_DuckDB_gives_the_engine_scores_and_the_one_percentile()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var leads = real.R3;
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        warehouse.Execute($"CREATE SCHEMA features; CREATE TABLE features.leads AS SELECT * FROM read_parquet({Sql.Literal(Fixtures.Path("leads_v41.parquet"))})");
        var run = CompiledScoring.Run(warehouse, new CompileRequest(leads.Model, leads.Features, null, SqlDialect.DuckDb, "features.leads", "lead_id"), "features.leads_scores");
        Assert.Equal(leads.Input.Count, run.Rows);

        var margins = Enumerable.Range(0, leads.Input.Count).Select(i => (double)leads.Scores.Margin[i]).ToArray();
        var percentiles = Percentile.Of(margins);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT lead_id, margin, probability, percentile FROM features.leads_scores";
        using var reader = command.ExecuteReader();
        int rows = 0;
        while (reader.Read())
        {
            int row = leads.Row(reader.GetValue(0).ToString()!);
            Assert.Equal(margins[row], reader.GetDouble(1));
            Assert.Equal(leads.Scores.Probability[row], reader.GetDouble(2), 1e-6);
            Assert.Equal(percentiles[row], reader.GetInt32(3));
            rows++;
        }
        Assert.Equal(leads.Input.Count, rows);
    }

    [SkippableFact]
    public void A_feature_table_without_a_model_column_is_refused_naming_it()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var leads = real.R3;
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        warehouse.Execute($"CREATE SCHEMA features; CREATE TABLE features.leads AS SELECT * EXCLUDE (tenure_months) FROM read_parquet({Sql.Literal(Fixtures.Path("leads_v41.parquet"))})");
        var request = new CompileRequest(leads.Model, leads.Features, null, SqlDialect.DuckDb, "features.leads", "lead_id");
        var e = Assert.Throws<WarehouseException>(() => CompiledScoring.Run(warehouse, request, "features.scores"));
        Assert.StartsWith("--table: features.leads lacks the model's column(s) tenure_months (it has ", e.Message);
        Assert.False(warehouse.HasTable("features.scores"));
        var none = Assert.Throws<WarehouseException>(() => CompiledScoring.Run(warehouse, request with { Table = "features.nothing" }, "features.scores"));
        Assert.StartsWith("--table: features.nothing is not a table of ", none.Message);
    }
}
