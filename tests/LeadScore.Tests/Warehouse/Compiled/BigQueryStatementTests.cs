using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Tests.Support;
using LeadScore.Warehouse;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Dialects;
using Xunit.Abstractions;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>
/// BigQuery's statements as BigQuery's grammar reads them (node-sql-parser): the real V4.1-R3 model in one statement,
/// a model beyond the 1,024,000-byte limit staged through tables that each statement hands to the next, and a tree
/// too long for any statement refused in one line.
/// </summary>
public class BigQueryStatementTests(ITestOutputHelper output)
{
    private const string Table = "my-project.leads.prospect_features";

    [SkippableTheory]
    [InlineData("bigquery", "bigquery")]
    [InlineData("postgres", "postgresql")]
    public void The_R3_model_compiles_to_one_statement_that_parses(string dialect, string grammar)
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        Skip.If(SqlGrammar.SkipReason is not null, SqlGrammar.SkipReason);
        var model = ModelLoader.Load(Fixtures.Path("models", "v4.1.0_r3", "model.json"));
        var features = BuiltInSchemas.Find("v4.1.0_r3")!.BindTo(model);
        var table = dialect == "bigquery" ? Table : "scoring.prospect_features";
        var compiled = ModelSql.Compile(new CompileRequest(model, features, null, SqlDialect.Parse(dialect), table, "lead_id"));

        output.WriteLine($"R3 for {dialect}: {compiled.Trees} trees, one statement of {compiled.LongestStatementBytes:N0} bytes");
        Assert.Single(compiled.Statements);
        Assert.True(compiled.LongestStatementBytes <= SqlDialect.BigQuery.MaxQueryBytes, $"{compiled.LongestStatementBytes:N0} bytes");
        var parsed = SqlGrammar.Parse(grammar, compiled.Statements);
        Assert.True(SqlGrammar.Refusals(parsed) is null, SqlGrammar.Refusals(parsed));
        Assert.Equal([table], parsed[0].Reads);
        Assert.Equal(["lead_id", "margin", "probability"], parsed[0].Returns);
    }

    [SkippableFact]
    public void A_model_beyond_the_limit_is_staged_through_tables_each_statement_within_it_and_parsing()
    {
        Skip.If(SqlGrammar.SkipReason is not null, SqlGrammar.SkipReason);
        var model = SomeModels.RandomEnsemble(seed: 7, trees: 600, features: 6, maxDepth: 9);
        var compiled = ModelSql.Compile(new CompileRequest(model, FeatureSchema.AllNumeric(model).Features, null, SqlDialect.BigQuery, Table, "lead_id"));

        Assert.True(compiled.TotalBytes > SqlDialect.BigQuery.MaxQueryBytes, $"the model compiles to only {compiled.TotalBytes:N0} bytes");
        output.WriteLine($"{compiled.Trees} trees, {compiled.TotalBytes:N0} bytes in {compiled.Statements.Count} statements of " +
                         string.Join(", ", compiled.Statements.Select(st => System.Text.Encoding.UTF8.GetByteCount(st).ToString("N0"))) + " bytes");
        Assert.True(compiled.Statements.Count >= 2);
        Assert.All(compiled.Statements, s => Assert.True(System.Text.Encoding.UTF8.GetByteCount(s) <= SqlDialect.BigQuery.MaxQueryBytes));
        var parsed = SqlGrammar.Parse("bigquery", compiled.Statements);
        Assert.True(SqlGrammar.Refusals(parsed) is null, SqlGrammar.Refusals(parsed));
        string[] staged = ["leadscore_id", .. model.FeatureNames.Select((_, i) => $"f{i}"), "margin"];
        for (int k = 0; k < parsed.Count - 1; k++)
        {
            Assert.Equal([$"{Table}_leadscore_stage_{k + 1}"], parsed[k].Creates);
            Assert.Equal(staged, parsed[k].Returns);
            Assert.Equal([k == 0 ? Table : parsed[k - 1].Creates[0]], parsed[k].Reads);
        }
        Assert.Empty(parsed[^1].Creates);
        Assert.Equal([parsed[^2].Creates[0]], parsed[^1].Reads);
        Assert.Equal(["lead_id", "margin", "probability"], parsed[^1].Returns);
        Assert.Equal(model.Trees.Count, Enumerable.Range(0, model.Trees.Count).Count(t => compiled.Statements.Any(s => s.Contains($" -- tree {t}\n", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_single_tree_beyond_the_limit_is_refused_in_one_line()
    {
        var tree = CompleteTree(depth: 14);
        var model = new TreeEnsemble("huge.json", ModelFormat.XGBoostJson, ["x"], [tree], 0f);
        var error = Assert.Throws<WarehouseException>(() =>
            ModelSql.Compile(new CompileRequest(model, FeatureSchema.AllNumeric(model).Features, null, SqlDialect.BigQuery, Table, "lead_id")));

        Assert.DoesNotContain('\n', error.Message);
        Assert.StartsWith("huge.json: tree 0 alone compiles to ", error.Message, StringComparison.Ordinal);
        Assert.Contains("beyond bigquery's limit of 1,024,000 bytes per query, and one tree cannot be split", error.Message, StringComparison.Ordinal);
    }

    // Every path splits on x at a distinct threshold: 2^depth leaves, about 100 bytes of SQL per split.
    private static DecisionTree CompleteTree(int depth)
    {
        int nodes = (1 << (depth + 1)) - 1, internalNodes = (1 << depth) - 1;
        var left = new int[nodes]; var right = new int[nodes]; var threshold = new float[nodes]; var leaf = new double[nodes];
        for (int n = 0; n < nodes; n++)
        {
            bool isLeaf = n >= internalNodes;
            left[n] = isLeaf ? -1 : 2 * n + 1;
            right[n] = isLeaf ? -1 : 2 * n + 2;
            threshold[n] = isLeaf ? 0 : n * 0.001f;
            leaf[n] = isLeaf ? (n % 7) * 0.01 : 0;
        }
        return new DecisionTree(left, right, new int[nodes], threshold, new bool[nodes], leaf, Enumerable.Repeat(1.0, nodes).ToArray());
    }
}
