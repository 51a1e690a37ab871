using DuckDB.NET.Data;
using LeadScore.Data;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>V4.1-R3 and V4.0.0 compiled to SQL and run in DuckDB over the 30,738 real leads, against the engine and xgboost.</summary>
public class CompiledRealModelTests(RealModelsFixture real) : IClassFixture<RealModelsFixture>
{
    [SkippableTheory]
    [InlineData("v4.1.0_r3")]
    [InlineData("v4.0.0")]
    public void DuckDb_margins_equal_the_engine_on_every_real_lead(string model)
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var leads = model == "v4.0.0" ? real.V40 : real.R3;
        var compiled = ModelSql.Compile(new CompileRequest(leads.Model, leads.Features, null, SqlDialect.DuckDb, "leads", "lead_id"));
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var load = connection.CreateCommand())
        {
            load.CommandText = $"CREATE TABLE leads AS SELECT * FROM read_parquet({Sql.Literal(Fixtures.Path("leads_v41.parquet"))})";
            load.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.CommandText = compiled.Query;
        using var reader = command.ExecuteReader();
        int rows = 0, differ = 0;
        double worst = 0;
        while (reader.Read())
        {
            int row = leads.Row(reader.GetValue(0).ToString()!);
            double margin = reader.GetDouble(1), probability = reader.GetDouble(2);
            worst = Math.Max(worst, Math.Abs(margin - leads.Scores.Margin[row]));
            if (margin != leads.Scores.Margin[row]) differ++;
            Assert.Equal(leads.Scores.Probability[row], probability, 1e-6);
            rows++;
        }
        Assert.Equal(leads.Input.Count, rows);
        Assert.True(worst <= 1e-6, $"worst margin difference {worst}, {differ} rows differ");
        Assert.Equal(0, differ); // float32 sums in tree order: identical, not merely close
    }
}
