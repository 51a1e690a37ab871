namespace LeadScore.Tests.Support;

public class SqlGrammarTests
{
    [SkippableFact]
    public void A_statement_the_grammar_refuses_is_reported_with_its_line_and_column_and_the_others_still_read()
    {
        Skip.If(SqlGrammar.SkipReason is not null, SqlGrammar.SkipReason);
        var parsed = SqlGrammar.Parse("bigquery",
        [
            "SELECT `id`, 1.5e0 AS x FROM `my-project.leads.t`",
            "SELECT CASE WHEN x < 1.5e0 THEN 1e0 ELSE 2e0 AS y\nFROM `my-project.leads.t`",
            "CREATE OR REPLACE TABLE `p.d.stage_1` AS\nWITH s AS (SELECT 1 AS a)\nSELECT a FROM s",
        ]);
        Assert.Null(parsed[0].Error);
        Assert.Equal(["id", "x"], parsed[0].Returns);
        Assert.StartsWith("error #2: line 1, column ", parsed[1].Error, StringComparison.Ordinal);
        Assert.Null(parsed[2].Error);
        Assert.Equal(["p.d.stage_1"], parsed[2].Creates);
        Assert.Empty(parsed[2].Reads); // the statement's own WITH names are not tables it reads
        Assert.Contains("statement 2: error #2", SqlGrammar.Refusals(parsed));
    }
}
