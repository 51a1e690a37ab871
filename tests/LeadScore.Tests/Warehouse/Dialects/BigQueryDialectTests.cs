using LeadScore.Tests.Support;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Tests.Warehouse.Dialects;

/// <summary>The pieces of GoogleSQL the BigQuery dialect writes, each as BigQuery reads it.</summary>
public class BigQueryDialectTests
{
    private static readonly SqlDialect BigQuery = SqlDialect.BigQuery;

    [Theory]
    [InlineData(1.5, "1.5e0")]            // a literal with an exponent is FLOAT64 in GoogleSQL, never NUMERIC
    [InlineData(0.1, "0.1e0")]
    [InlineData(5e-7, "5e-07")]
    [InlineData(1e20, "1e20")]
    [InlineData(-0.25, "-0.25e0")]
    [InlineData(double.PositiveInfinity, "CAST('inf' AS FLOAT64)")]
    [InlineData(double.NegativeInfinity, "CAST('-inf' AS FLOAT64)")]
    [InlineData(double.NaN, "CAST('NaN' AS FLOAT64)")]
    public void Numbers_are_FLOAT64_literals_or_casts_of_the_words_GoogleSQL_reads(double value, string sql) =>
        Assert.Equal(sql, BigQuery.Double(value));

    [Fact]
    public void Text_escapes_quotes_backslashes_and_every_control_character() =>
        Assert.Equal(@"'it\'s a\\b\u000ac\u000d\u0009d'", BigQuery.Text("it's a\\b\nc\r\td"));

    [Fact]
    public void A_table_path_is_one_backticked_name_and_a_column_escapes_its_backticks()
    {
        Assert.Equal("`my-project.leads.prospect_features`", BigQuery.Table("my-project.leads.prospect_features"));
        Assert.Equal(@"`odd\`name`", BigQuery.Identifier("odd`name"));
    }

    [Fact]
    public void An_error_is_typed_FLOAT64_and_says_NULL_for_a_NULL_row_id() =>
        Assert.Equal("CAST(ERROR(CONCAT('bad row ', IFNULL(CAST(`id` AS STRING), 'NULL'))) AS FLOAT64)", BigQuery.Error("bad row ", "`id`"));

    [Fact]
    public void Text_that_may_be_no_number_is_SAFE_CAST_and_a_capped_exponent_never_overflows()
    {
        Assert.Equal("SAFE_CAST(`x` AS FLOAT64)", BigQuery.TryDouble("`x`"));
        Assert.Equal("EXP(LEAST(-z, 709e0))", BigQuery.ExpCapped("-z"));
        Assert.True(double.IsFinite(Math.Exp(709)));
    }

    [SkippableFact]
    public void Every_piece_parses_in_a_query_with_node_sql_parser()
    {
        Skip.If(SqlGrammar.SkipReason is not null, SqlGrammar.SkipReason);
        var select = $"SELECT {BigQuery.Text("it's a\\b\nc")} AS t, {BigQuery.Double(double.NegativeInfinity)} AS n, {BigQuery.TryDouble(BigQuery.Identifier("x"))} AS x, " +
                     $"{BigQuery.ExpCapped("-(x - 0.5e0) / 1e-05")} AS e, CASE WHEN x IS NULL THEN {BigQuery.Error("bad row ", BigQuery.Identifier("id"))} ELSE 1.5e0 END AS c " +
                     $"FROM {BigQuery.Table("my-project.leads.prospect_features")}";
        var parsed = SqlGrammar.Parse("bigquery", [select]);
        Assert.True(SqlGrammar.Refusals(parsed) is null, SqlGrammar.Refusals(parsed));
        Assert.Equal(["t", "n", "x", "e", "c"], parsed[0].Returns);
    }
}
