using LeadScore.Warehouse.Dialects;
using LeadScore.Warehouse.Features;

namespace LeadScore.Tests.Warehouse.Dialects;

/// <summary>The script templates of <c>Sql/</c>: each macro is written by the dialect, everything else is copied.</summary>
public class SqlTemplateTests
{
    [Theory]
    [InlineData("duckdb", "date_diff('month', a.start, b.end)")]
    [InlineData("postgres", "CAST((date_part('year', b.end) - date_part('year', a.start)) * 12 + date_part('month', b.end) - date_part('month', a.start) AS BIGINT)")]
    [InlineData("bigquery", "DATE_DIFF(b.end, a.start, MONTH)")]
    public void A_month_difference_is_written_by_each_dialect(string dialect, string expected) =>
        Assert.Equal($"SELECT {expected} FROM t", SqlDialect.Parse(dialect).Render("SELECT {{date_diff(month, a.start, b.end)}} FROM t"));

    [Theory]
    [InlineData("duckdb", "CAST((d) - INTERVAL 12 MONTH AS DATE)")]
    [InlineData("postgres", "CAST((d) - INTERVAL '12 months' AS DATE)")]
    [InlineData("bigquery", "DATE_SUB(d, INTERVAL 12 MONTH)")]
    public void A_date_minus_months_is_written_by_each_dialect(string dialect, string expected) =>
        Assert.Equal(expected, SqlDialect.Parse(dialect).Render("{{date_sub(d, 12, month)}}"));

    [Theory]
    [InlineData("duckdb", "count(DISTINCT x) FILTER (WHERE s >= CAST((d) - INTERVAL 3 YEAR AS DATE))")]
    [InlineData("bigquery", "COUNT(DISTINCT IF(s >= DATE_SUB(d, INTERVAL 3 YEAR), x, NULL))")]
    public void Macros_nest_inside_the_arguments_of_others(string dialect, string expected) =>
        Assert.Equal(expected, SqlDialect.Parse(dialect).Render("{{count_distinct_if(x, s >= {{date_sub(d, 3, year)}})}}"));

    [Fact]
    public void Arguments_split_only_at_commas_outside_parentheses_and_quotes() =>
        Assert.Equal("date_diff('day', COALESCE(a, b), greatest(c, ',)'))",
            SqlDialect.DuckDb.Render("{{date_diff(day, COALESCE(a, b), greatest(c, ',)'))}}"));

    [Fact]
    public void Comments_and_string_literals_are_copied_as_they_are()
    {
        const string text = "-- {{not a macro(\nSELECT '{{nor this}}', 'it''s' FROM t";
        Assert.Equal(text, SqlDialect.Postgres.Render(text));
    }

    [Fact]
    public void A_temp_table_replaces_an_earlier_one_in_every_dialect()
    {
        Assert.Equal("CREATE OR REPLACE TEMP TABLE \"t\" AS SELECT 1", SqlDialect.DuckDb.Render("{{temp_table(t)}} SELECT 1"));
        Assert.Equal("DROP TABLE IF EXISTS pg_temp.\"t\";\nCREATE TEMP TABLE \"t\" AS SELECT 1", SqlDialect.Postgres.Render("{{temp_table(t)}} SELECT 1"));
        Assert.Equal("CREATE OR REPLACE TEMP TABLE `t` AS SELECT 1", SqlDialect.BigQuery.Render("{{temp_table(t)}} SELECT 1"));
    }

    [Theory]
    [InlineData("SELECT 1;\n{{date_dif(day, a, b)}}", "line 2: '{{date_dif(' does not start a known macro")]
    [InlineData("{{date_sub(d, 12)}}", "line 1: macro 'date_sub' takes 3 argument(s), not 'd, 12'")]
    [InlineData("{{date_sub(d, twelve, month)}}", "'twelve' is not a whole number of units")]
    [InlineData("{{date_sub(d, 12, week)}}", "'week' is not a date part")]
    [InlineData("{{double(x) + 1", "macro 'double' must end with ')}}'")]
    [InlineData("{{double(f(x)}}", "macro 'double' is not closed")]
    public void A_broken_macro_names_its_line_and_what_is_wrong(string template, string message) =>
        Assert.Contains(message, Assert.Throws<InvalidOperationException>(() => SqlDialect.DuckDb.Render(template)).Message);

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    [InlineData("bigquery")]
    public void The_feature_definition_renders_for_every_dialect_with_no_macro_left(string dialect)
    {
        var sql = SqlDialect.Parse(dialect).Render(FeatureTables.Definition);
        Assert.DoesNotContain("{{", sql);
        Assert.DoesNotContain("QUALIFY", sql);
        Assert.DoesNotContain("EXCLUDE", sql);
        Assert.DoesNotContain("any_value", sql);
        Assert.DoesNotContain("regexp_matches", sql);
        if (dialect != "duckdb") Assert.DoesNotContain("date_diff(", sql);
        if (dialect == "bigquery") Assert.DoesNotContain("FILTER (WHERE", sql);
    }
}
