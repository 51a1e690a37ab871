using System.Globalization;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Lists;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Pipeline;
using LeadScore.Warehouse.Postgres;
using LeadScore.Warehouse.Synthetic;
using Npgsql;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>
/// The whole month inside the warehouse (features, compiled scores and percentiles, tiers and the list's pool) on
/// DuckDB and on a PostgreSQL copy of the same raw tables: the same features, scores, percentiles and list.
/// </summary>
public sealed class MonthlyPipelineOnPostgresTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);
    private static readonly string[] RawTables =
        ["raw.ria_contacts_current", "raw.contact_registered_employment_history", "raw.firms", "raw.broker_protocol_members", "raw.leads", "raw.tasks"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [SkippableFact]
    public void The_month_on_PostgreSQL_gives_the_same_features_scores_percentiles_and_list_as_on_DuckDB()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var duck = Store.Open(folder.File("month.duckdb"));
        SyntheticWarehouse.Fill(duck, new SyntheticOptions(6_000, 23));
        using var database = PostgresServer.NewDatabase();
        using (var target = database.Open())
            foreach (var table in RawTables) PostgresCopy.Copy(duck.DuckDb, $"SELECT * FROM {table}", target, table);
        using var pg = Store.OnPostgres(database.Name, PostgresAddress.Parse(database.ConnectionString).Open());

        var schema = BuiltInSchemas.Find("v4.1.0_r3")!;
        var model = ModelOver(duck, schema);
        var policy = ListPolicy.Resolve("default");
        PipelineResult Month(Store warehouse) => MonthlyPipeline.Run(warehouse, AsOf, "2025-12", "random-r3",
            new CompileRequest(model, schema.BindTo(model), null, warehouse.Dialect, "", ""),
            ListRules.Compile(RuleSet.Builtin(), policy, warehouse.Dialect), policy.Pool(RuleSet.Builtin(), 14, 200));
        var onDuck = Month(duck);
        var onPg = Month(pg);

        Assert.Equal(onDuck.Features.Rows, onPg.Features.Rows);
        Assert.True(onDuck.Features.Rows > 1_500, $"{onDuck.Features.Rows} prospects");
        Assert.Equal(Rows(duck, $"SELECT * FROM {FeatureTables.ProspectTable} ORDER BY advisor_crd"), Rows(pg, $"SELECT * FROM {FeatureTables.ProspectTable} ORDER BY advisor_crd"));
        const string scores = "SELECT advisor_crd, margin, probability, percentile, deprioritize FROM scores.prospect_scores ORDER BY advisor_crd";
        var duckScores = Rows(duck, scores);
        Assert.Equal(onDuck.Features.Rows, duckScores.Count);
        Assert.Equal(duckScores, Rows(pg, scores));
        Assert.True(duckScores.Select(r => r.Split('|')[3]).Distinct().Count() > 50, "percentiles spread over the range");

        Assert.True(onDuck.Pool.Selected.Count > 100, $"{onDuck.Pool.Selected.Count} leads selected");
        Assert.Equal(onDuck.Pool.Selected, onPg.Pool.Selected);
        Assert.Equal(onDuck.Pool.Steps, onPg.Pool.Steps);
        const string drops = "SELECT advisor_crd, drop_step, drop_reason, final_tier FROM list_pool ORDER BY advisor_crd";
        Assert.Equal(Rows(duck, drops), Rows(pg, drops));
    }

    // Random trees of depth 1-4 on the R3 features, each split on a value some prospect holds (a category's code for the
    // three categorical features), so that the scores spread and every feature matters.
    private static TreeEnsemble ModelOver(Store duck, FeatureSchema schema)
    {
        FeatureTables.Prospects(duck, AsOf);
        var names = schema.Features.Select(f => f.Name).ToArray();
        var values = schema.Features.Select(f => f.IsCategorical
            ? f.Categories!.Values.Select(c => c + 0.5f).ToArray()
            : Rows(duck, $"SELECT DISTINCT CAST({LeadScore.Data.Sql.Identifier(f.Column)} AS DOUBLE) FROM {FeatureTables.ProspectTable} WHERE {LeadScore.Data.Sql.Identifier(f.Column)} IS NOT NULL")
                .Select(v => (float)double.Parse(v.TrimEnd('|'), CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var random = new Random(5);
        var trees = new List<DecisionTree>();
        for (int t = 0; t < 80; t++)
        {
            var (left, right, feature, threshold, defaultLeft, leaf, cover) = (new List<int>(), new List<int>(), new List<int>(), new List<float>(), new List<bool>(), new List<double>(), new List<double>());
            int Add(int depth)
            {
                int node = left.Count;
                left.Add(-1); right.Add(-1); feature.Add(0); threshold.Add(0); defaultLeft.Add(random.Next(2) == 0); leaf.Add(0); cover.Add(1);
                int f = random.Next(names.Length);
                if (depth == 0 || values[f].Length == 0) { leaf[node] = Math.Round(random.NextDouble() - 0.5, 4); return node; }
                feature[node] = f;
                threshold[node] = values[f][random.Next(values[f].Length)];
                int l = Add(depth - 1), r = Add(depth - 1);
                left[node] = l;
                right[node] = r;
                return node;
            }
            Add(1 + random.Next(4));
            trees.Add(new DecisionTree(left.ToArray(), right.ToArray(), feature.ToArray(), threshold.ToArray(), defaultLeft.ToArray(), leaf.ToArray(), cover.ToArray()));
        }
        return new TreeEnsemble("random-r3", ModelFormat.XGBoostJson, names, trees, -3f);
    }

    private static List<string> Rows(Store warehouse, string sql)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Concat(Enumerable.Range(0, reader.FieldCount).Select(i => (reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) switch
            {
                DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                float f => f.ToString("R", CultureInfo.InvariantCulture),
                var v => Convert.ToString(v, CultureInfo.InvariantCulture)!,
            }) + "|")));
        return rows;
    }
}
