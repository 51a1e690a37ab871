using System.Diagnostics;
using System.Text;
using DuckDB.NET.Data;
using LeadScore.Data;
using LeadScore.Data.Input;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Engine.Scoring;
using LeadScore.Tests.Support;
using LeadScore.Warehouse;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Dialects;
using Xunit.Abstractions;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>Models compiled with --explain run in DuckDB: each row's three reasons against the engine's ReasonCodes.TopK.</summary>
public class CompiledExplainTests(RealModelsFixture real, ITestOutputHelper output) : IClassFixture<RealModelsFixture>
{
    private const int K = ExplainSql.Reasons;

    [SkippableFact]
    public void R3_reasons_in_DuckDb_equal_the_engine_top_three_on_every_real_lead()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var leads = real.R3;
        var request = new CompileRequest(leads.Model, leads.Features, null, SqlDialect.DuckDb, "leads", "lead_id", Explain: true);
        var compiled = ModelSql.Compile(request);
        var plain = ModelSql.Compile(request with { Explain = false });
        foreach (var dialect in SqlDialect.All)
            output.WriteLine($"R3 for {dialect}: {ModelSql.Compile(request with { Dialect = dialect, Explain = false }).TotalBytes:N0} bytes, " +
                             $"{ModelSql.Compile(request with { Dialect = dialect }).TotalBytes:N0} with explain");
        using var connection = Open($"CREATE TABLE leads AS SELECT * FROM read_parquet({Sql.Literal(Fixtures.Path("leads_v41.parquet"))})");
        var watch = Stopwatch.StartNew();
        Run(connection, plain.Query);
        output.WriteLine($"DuckDB, {leads.Input.Count:N0} rows: {watch.ElapsedMilliseconds:N0} ms without explain");
        watch.Restart();
        var rows = Run(connection, compiled.Query);
        output.WriteLine($"DuckDB, {leads.Input.Count:N0} rows: {watch.ElapsedMilliseconds:N0} ms with explain");

        var mismatches = Compare(rows, leads.Input, leads.Scores, leads.Model.FeatureNames, leads.Row, out int inexact);
        Assert.Equal(leads.Input.Count, rows.Count);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} rows differ from the engine, e.g.\n{string.Join("\n", mismatches.Take(5))}");
        Assert.Equal(0, inexact); // float32 sums in tree order: the engine's contributions bit for bit
    }

    [Fact]
    public void A_synthetic_depth_two_model_with_missing_values_and_categories_explains_in_DuckDb_as_the_engine()
    {
        var random = new Random(11);
        var model = Renamed(SomeModels.RandomEnsemble(seed: 5, trees: 120, features: 6, maxDepth: 2), Names);
        var features = new[]
        {
            new FeatureSpec("tenure", nulls: NullPolicy.Missing),
            new FeatureSpec("aum", "aum_musd", nulls: NullPolicy.Fill(0.5f)),
            new FeatureSpec("segment", categories: Segments, nulls: NullPolicy.Missing),
            new FeatureSpec("channel", categories: Channels, nulls: NullPolicy.Missing, unseenAsNull: true),
            new FeatureSpec("age", nulls: NullPolicy.Missing),
            new FeatureSpec("growth", nulls: NullPolicy.Missing),
        };
        var rows = Enumerable.Range(0, 3000).Select(i =>
        {
            // On the thresholds' 0.1 grid, so that values fall on splits; a tenth missing.
            string Number() => random.NextDouble() < 0.1 ? "NULL" : Math.Round(random.NextDouble() * 5 - 2.5, 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string Label(string[] labels) => random.NextDouble() < 0.1 ? "NULL" : $"'{labels[random.Next(labels.Length)]}'";
            return $"('L{i}', {Number()}, {Number()}, {Label(["retail", "hnw", "inst", "family"])}, {Label(["web", "referral", "event", "cold"])}, {Number()}, {Number()})";
        });
        var table = "CREATE TABLE leads (lead_id VARCHAR, tenure DOUBLE, aum_musd DOUBLE, segment VARCHAR, channel VARCHAR, age DOUBLE, growth DOUBLE);\n" +
                    $"INSERT INTO leads VALUES {string.Join(",\n", rows)}";
        AssertExplainsAsTheEngine(model, features, table);
    }

    [Fact]
    public void Ties_go_to_the_earlier_feature_and_a_zero_contribution_is_never_a_reason()
    {
        // x2 and x0 split alike (contributions ±1 each); two trees on x1 cancel (its SHAP value is always 0, yet in
        // the SQL): two reasons per row, x0 before x2, never x1.
        DecisionTree Stump(int feature, bool defaultLeft, double low = -1) =>
            new([1, -1, -1], [2, -1, -1], [feature, 0, 0], [0f, 0, 0], [defaultLeft, false, false], [0, low, -low], [100, 50, 50]);
        var leaf = new DecisionTree([-1], [-1], [0], [0f], [false], [0.25], [100]);
        var model = new TreeEnsemble("stumps.json", ModelFormat.XGBoostJson, ["x0", "x1", "x2"],
            [Stump(2, true), Stump(1, false, 0.5), leaf, Stump(0, false), Stump(1, false, -0.5)], 0f);
        var features = new[] { "x0", "x1", "x2" }.Select(n => new FeatureSpec(n, nulls: NullPolicy.Missing)).ToArray();
        var table = "CREATE TABLE leads AS SELECT CAST(row_number() OVER () AS VARCHAR) AS lead_id, CAST(x0 AS DOUBLE) AS x0, CAST(x1 AS DOUBLE) AS x1, CAST(x2 AS DOUBLE) AS x2 " +
                    "FROM (VALUES (-1), (1), (NULL)) a(x0), (VALUES (-1), (1)) b(x1), (VALUES (-1), (1), (NULL)) c(x2)";
        var result = AssertExplainsAsTheEngine(model, features, table);
        Assert.All(result.Values, r =>
        {
            Assert.Equal("x0", r.Reasons[0].Feature);
            Assert.Equal("x2", r.Reasons[1].Feature);
            Assert.Null(r.Reasons[2].Feature);
        });
    }

    [Fact]
    public void A_tree_deeper_than_two_is_refused_with_what_to_do()
    {
        var model = SomeModels.RandomEnsemble(seed: 3, trees: 30, features: 4, maxDepth: 3);
        int deep = model.Trees.Select((t, i) => (t.Depth, i)).First(t => t.Depth > 2).i;
        var features = model.FeatureNames.Select(n => new FeatureSpec(n, nulls: NullPolicy.Missing)).ToArray();
        var request = new CompileRequest(model, features, null, SqlDialect.DuckDb, "leads", "lead_id", Explain: true);

        var error = Assert.Throws<WarehouseException>(() => ModelSql.Compile(request));

        Assert.Equal($"random: --explain needs every tree of depth <= 2 (it tabulates each tree's reasons in SQL), but tree {deep} has depth 3; " +
                     "compile without --explain, and get the reasons in process with `leadscore predict --top-k 3`.", error.Message);
        Assert.NotEmpty(ModelSql.Compile(request with { Explain = false }).Query);
    }

    [Fact]
    public void A_model_too_long_for_BigQuery_is_staged_with_its_SHAP_sums_carried_from_statement_to_statement()
    {
        var model = SomeModels.RandomEnsemble(seed: 9, trees: 4000, features: 12, maxDepth: 2);
        var features = model.FeatureNames.Select(n => new FeatureSpec(n, nulls: NullPolicy.Missing)).ToArray();
        var request = new CompileRequest(model, features, null, SqlDialect.BigQuery, "proj.data.leads", "lead_id", Explain: true);

        var compiled = ModelSql.Compile(request);

        output.WriteLine($"{compiled.Statements.Count} statements, the longest {compiled.LongestStatementBytes:N0} bytes");
        Assert.True(compiled.Statements.Count > 1, $"{compiled.Statements.Count} statement(s) of {compiled.TotalBytes:N0} bytes");
        Assert.All(compiled.Statements, s => Assert.True(System.Text.Encoding.UTF8.GetByteCount(s) <= SqlDialect.BigQuery.MaxQueryBytes));
        var carried = string.Concat(Enumerable.Range(0, 12).Select(j => $", shap{j}"));
        Assert.All(compiled.Statements.SkipLast(1), s => Assert.EndsWith($"margin{carried} FROM leadscore_stage_{StageOf(s)}", s));
        Assert.EndsWith("reason3_contribution\nFROM leadscore_scores", compiled.Query);
        var codes = System.Text.RegularExpressions.Regex.Matches(compiled.Script, @" AS c(\d+)\b").Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal(4000, codes.Count()); // every tree's outcome, once
    }

    [Theory]
    [InlineData(1.1)]
    [InlineData(-2.5e-40)] // a float32 subnormal
    [InlineData(1e-50)] // below float32: 0
    [InlineData(-1e-50)]
    [InlineData(3.40282350e38)] // beyond float.MaxValue, yet rounds to it
    [InlineData(3.4028235677973366e38)] // the midpoint: rounds to infinity
    [InlineData(-1e300)]
    public void A_reason_value_is_the_double_rounded_to_float32_as_the_engine_reads_it_where_a_cast_would_fail(double x)
    {
        using var connection = Open("SELECT 1");
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqlDialect.DuckDb.Float32Value(SqlDialect.DuckDb.Double(x))}";

        Assert.Equal((double)(float)x, Convert.ToDouble(command.ExecuteScalar()));
    }

    private static string StageOf(string statement) =>
        System.Text.RegularExpressions.Regex.Matches(statement, @"leadscore_stage_(\d+) AS \(").Last().Groups[1].Value;

    private static readonly string[] Names = ["tenure", "aum", "segment", "channel", "age", "growth"];

    private static readonly Dictionary<string, int> Segments = new() { ["retail"] = 0, ["hnw"] = 1, ["inst"] = 2, ["family"] = 3 };

    // "cold" is a label the model never saw: read as NULL.
    private static readonly Dictionary<string, int> Channels = new() { ["web"] = -1, ["referral"] = 0, ["event"] = 1 };

    private static TreeEnsemble Renamed(TreeEnsemble model, string[] names) =>
        new(model.Source, model.Format, names, model.Trees, model.BaseMargin);

    /// <summary>Compiles with explain, runs in DuckDB over the table and scores the same rows in the engine; they must agree.</summary>
    private Dictionary<string, Row> AssertExplainsAsTheEngine(TreeEnsemble model, IReadOnlyList<FeatureSpec> features, string createTable)
    {
        using var folder = new TempFolder();
        var parquet = folder.File("leads.parquet");
        using var connection = Open(createTable);
        using (var copy = connection.CreateCommand())
        {
            copy.CommandText = $"COPY leads TO {Sql.Literal(parquet)} (FORMAT parquet)";
            copy.ExecuteNonQuery();
        }
        var compiled = ModelSql.Compile(new CompileRequest(model, features, null, SqlDialect.DuckDb, "leads", "lead_id", Explain: true));
        var rows = Run(connection, compiled.Query);

        using var reader = FeatureReader.Open(parquet, features, "lead_id");
        var input = new FeatureBlock(features.Count, (int)reader.RowCount);
        var ids = new string[input.Stride];
        reader.Read(input, ids);
        var scores = new ScoreBlock(features.Count, input.Stride, withShap: true);
        new BatchScorer(new EnsembleScorer(model), 0).Run(input, scores, explain: true);
        var rowOf = ids.Take(input.Count).Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);

        Assert.Equal(input.Count, rows.Count);
        var mismatches = Compare(rows, input, scores, model.FeatureNames, id => rowOf[id], out int inexact);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} rows differ from the engine, e.g.\n{string.Join("\n", mismatches.Take(5))}");
        Assert.Equal(0, inexact);
        output.WriteLine($"{rows.Count} rows, {rows.Values.Sum(r => r.Reasons.Count(x => x.Feature is not null))} reasons, {rows.Values.Count(r => r.Reasons[K - 1].Feature is null)} rows with fewer than {K}");
        return rows;
    }

    private readonly record struct Reason(string? Feature, double? Value, double? Contribution);

    private sealed record Row(double Margin, Reason[] Reasons);

    // Every field of every row against the engine: the margin exactly, feature names, values exactly (NULL for the
    // engine's NaN), contributions within 1e-6; how many contributions are not the engine's float exactly.
    private static List<string> Compare(Dictionary<string, Row> rows, FeatureBlock input, ScoreBlock scores, IReadOnlyList<string> names,
        Func<string, int> rowOf, out int inexact)
    {
        inexact = 0;
        var expected = new ReasonCode[input.Count * K];
        ReasonCodes.TopK(input, scores, 0, input.Count, K, expected);
        var mismatches = new List<string>();
        foreach (var (id, row) in rows)
        {
            int i = rowOf(id);
            var problems = new StringBuilder();
            if (row.Margin != scores.Margin[i]) problems.Append($" margin {row.Margin:R} vs {scores.Margin[i]:R};");
            for (int r = 0; r < K; r++)
            {
                var want = expected[i * K + r];
                var got = row.Reasons[r];
                string? feature = want.Feature < 0 ? null : names[want.Feature];
                double? value = want.Feature < 0 || float.IsNaN(want.Value) ? null : want.Value;
                bool same = got.Feature == feature && got.Value == value &&
                            (want.Feature < 0 ? got.Contribution is null : got.Contribution is { } c && Math.Abs(c - want.Contribution) <= 1e-6);
                if (same && want.Feature >= 0 && got.Contribution != want.Contribution) inexact++;
                if (!same) problems.Append($" reason {r + 1}: ({got.Feature}, {got.Value:R}, {got.Contribution:R}) vs ({feature}, {value:R}, {want.Contribution:R});");
            }
            if (problems.Length > 0) mismatches.Add(id + ":" + problems);
        }
        return mismatches;
    }

    private static DuckDBConnection Open(string setup)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = setup;
        command.ExecuteNonQuery();
        return connection;
    }

    // Reads id, margin, probability, then the reason columns (feature, value, contribution per reason) by name.
    private static Dictionary<string, Row> Run(DuckDBConnection connection, string query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, Row>();
        bool explained = Enumerable.Range(0, reader.FieldCount).Any(i => reader.GetName(i) == "reason1_feature");
        while (reader.Read())
        {
            var reasons = new Reason[K];
            if (explained)
                for (int r = 0; r < K; r++)
                {
                    int f = reader.GetOrdinal(SqlDialect.ReasonColumn(r + 1, "feature"));
                    reasons[r] = new Reason(reader.IsDBNull(f) ? null : reader.GetString(f),
                        reader.IsDBNull(f + 1) ? null : reader.GetDouble(f + 1),
                        reader.IsDBNull(f + 2) ? null : reader.GetDouble(f + 2));
                }
            rows[reader.GetValue(0).ToString()!] = new Row(reader.GetDouble(1), reasons);
        }
        return rows;
    }
}
