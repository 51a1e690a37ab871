using LeadScore.Tests.Support;
using LeadScore.Warehouse.Dialects;
using LeadScore.Warehouse.Features;

namespace LeadScore.Tests.Warehouse.Dialects;

/// <summary>
/// The feature definition rendered for BigQuery, statement by statement, through node-sql-parser's BigQuery grammar.
/// (PostgreSQL runs it for real in the PostgreSQL tests; node-sql-parser 5.4.0's PostgreSQL grammar refuses
/// <c>CAST(a LIKE 'x' OR b LIKE 'y' AS INTEGER)</c>, which PostgreSQL accepts.)
/// </summary>
public class ScriptGrammarTests
{
    [SkippableTheory]
    [InlineData("bigquery", "bigquery")]
    public void The_feature_definition_parses_in_the_dialects_grammar(string dialect, string grammar)
    {
        Skip.If(SqlGrammar.SkipReason is not null, SqlGrammar.SkipReason);
        var sql = SqlDialect.Parse(dialect).Render(FeatureTables.Definition);
        var statements = sql.Split(";\n").Select(s => string.Join("\n", s.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0).ToList();
        Assert.True(statements.Count >= 7, $"{statements.Count} statements");
        var parsed = SqlGrammar.Parse(grammar, statements);
        Assert.True(SqlGrammar.Refusals(parsed) is null, SqlGrammar.Refusals(parsed) + "\n" + string.Join("\n---\n", statements.Take(2)));
    }
}
