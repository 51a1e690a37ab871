using LeadScore.Warehouse.Dialects;

namespace LeadScore.Tests.Warehouse.Dialects;

/// <summary>The list scripts' templates: @macros rendered by each dialect, {placeholders} filled, comments and literals left alone.</summary>
public class SqlTemplateTests
{
    private static readonly Dictionary<string, string> Values = new() { ["as_of"] = "DATE '2025-12-31'", ["days"] = "180" };

    [Fact]
    public void A_macro_renders_as_each_dialect_writes_it()
    {
        const string template = "SELECT @days_between(t.last_touch, {as_of}) <= {days}";
        Assert.Equal("SELECT date_diff('day', t.last_touch, DATE '2025-12-31') <= 180", SqlTemplate.Render(template, SqlDialect.DuckDb, Values));
        Assert.Equal("SELECT CAST(CAST(DATE '2025-12-31' AS DATE) - CAST(t.last_touch AS DATE) AS BIGINT) <= 180", SqlTemplate.Render(template, SqlDialect.Postgres, Values));
        Assert.Equal("SELECT DATE_DIFF(CAST(DATE '2025-12-31' AS DATE), CAST(t.last_touch AS DATE), DAY) <= 180",
            SqlTemplate.Render(template, SqlDialect.BigQuery, Values));
    }

    [Fact]
    public void Macros_nest_and_their_arguments_may_hold_parentheses_commas_in_literals_and_placeholders()
    {
        Assert.Equal("CAST(date_diff('month', coalesce(a, b), DATE '2025-12-31') AS VARCHAR) || ', '",
            SqlTemplate.Render("@text(@months_between(coalesce(a, b), {as_of})) || ', '", SqlDialect.DuckDb, Values));
        Assert.Equal("coalesce((strpos(c.bio, 'C,F''P') > 0), false)", SqlTemplate.Render("coalesce(@contains(c.bio, 'C,F''P'), false)", SqlDialect.Postgres));
        Assert.Equal("REGEXP_REPLACE(x, '[^0-9]', '')", SqlTemplate.Render("@regex_replace_all(x, '[^0-9]', '')", SqlDialect.BigQuery));
    }

    [Fact]
    public void Comments_and_string_literals_are_left_as_they_are()
    {
        const string template = "-- {not_a_value} and @text(x) in a comment\nSELECT '@text(y) {nor_this}', {days}";
        Assert.Equal("-- {not_a_value} and @text(x) in a comment\nSELECT '@text(y) {nor_this}', 180", SqlTemplate.Render(template, SqlDialect.DuckDb, Values));
    }

    [Fact]
    public void A_temporary_table_replaces_one_of_its_name_in_every_dialect()
    {
        Assert.Equal("CREATE OR REPLACE TEMP TABLE t AS SELECT 1", SqlTemplate.Render("@temp_table(t) AS SELECT 1", SqlDialect.DuckDb));
        Assert.Equal("DROP TABLE IF EXISTS pg_temp.t;\nCREATE TEMP TABLE t AS SELECT 1", SqlTemplate.Render("@temp_table(t) AS SELECT 1", SqlDialect.Postgres));
        Assert.Equal("CREATE OR REPLACE TEMP TABLE t AS SELECT 1", SqlTemplate.Render("@temp_table(t) AS SELECT 1", SqlDialect.BigQuery));
    }

    [Theory]
    [InlineData("SELECT {missing}", "no value for {missing}")]
    [InlineData("SELECT @nope(x)", "unknown macro @nope")]
    [InlineData("SELECT @text(x, y)", "@text takes 1 argument(s), not 2")]
    [InlineData("SELECT @contains(x, y)", "expected a string literal, not y")]
    [InlineData("SELECT @text(x", "is not closed")]
    [InlineData("SELECT 'x", "a string literal is not closed")]
    public void A_template_mistake_is_refused_with_what_is_wrong(string template, string message)
    {
        var e = Assert.Throws<InvalidOperationException>(() => SqlTemplate.Render(template, SqlDialect.DuckDb, Values));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_word_pattern_never_uses_dot_whose_newline_differs_between_re2_and_postgresql()
    {
        Assert.Equal("(^|[^A-Z0-9])DIRECTOR[^\\n]*WEALTH($|[^A-Z0-9])", SqlDialect.WordRegex("director*wealth"));
        Assert.Equal("(upper(t) ~ '(^|[^A-Z0-9])UBS($|[^A-Z0-9])')", SqlDialect.Postgres.RegexMatches(SqlDialect.Postgres.Upper("t"), SqlDialect.WordRegex("UBS")));
    }

    [Theory]
    [InlineData("duckdb", "CAST((d) - INTERVAL 12 MONTH AS DATE)")]
    [InlineData("postgres", "CAST((d) - INTERVAL '12 months' AS DATE)")]
    [InlineData("bigquery", "DATE_SUB(d, INTERVAL 12 MONTH)")]
    public void A_date_minus_months_is_written_by_each_dialect(string dialect, string expected) =>
        Assert.Equal(expected, SqlDialect.Parse(dialect).Render("@date_sub(d, 12, month)"));

    [Theory]
    [InlineData("duckdb", "count(DISTINCT x) FILTER (WHERE s >= CAST((d) - INTERVAL 3 YEAR AS DATE))")]
    [InlineData("bigquery", "COUNT(DISTINCT IF(s >= DATE_SUB(d, INTERVAL 3 YEAR), x, NULL))")]
    public void Macros_nest_inside_the_arguments_of_others(string dialect, string expected) =>
        Assert.Equal(expected, SqlDialect.Parse(dialect).Render("@count_distinct_if(x, s >= @date_sub(d, 3, year))"));

    [Theory]
    [InlineData("@date_sub(d, twelve, month)", "'twelve' is not a whole number of units")]
    [InlineData("@date_sub(d, 12, week)", "'week' is not a date part")]
    public void A_broken_date_step_says_what_is_wrong(string template, string message) =>
        Assert.Contains(message, Assert.Throws<InvalidOperationException>(() => SqlDialect.DuckDb.Render(template)).Message);

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    [InlineData("bigquery")]
    public void The_feature_definition_renders_for_every_dialect_with_no_macro_left(string dialect)
    {
        var sql = SqlDialect.Parse(dialect).Render(LeadScore.Warehouse.Features.FeatureTables.Definition);
        Assert.DoesNotContain("@", sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)).Aggregate("", (a, b) => a + b));
        Assert.DoesNotContain("QUALIFY", sql);
        Assert.DoesNotContain("EXCLUDE", sql);
        Assert.DoesNotContain("any_value", sql);
        Assert.DoesNotContain("regexp_matches", sql);
        if (dialect != "duckdb") Assert.DoesNotContain("date_diff(", sql);
        if (dialect == "bigquery") Assert.DoesNotContain("FILTER (WHERE", sql);
    }
}
