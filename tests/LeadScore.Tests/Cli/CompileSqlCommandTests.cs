using System.Globalization;
using LeadScore.Engine.Import;
using LeadScore.Tests.Support;
using LeadScore.Tests.Warehouse.Compiled;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Cli;

/// <summary><c>leadscore compile-sql</c>: the file it writes runs in DuckDB and gives the engine's margins; bad input is one line.</summary>
public class CompileSqlCommandTests
{
    private static string LightGbmModel(TempFolder folder, int rows = 3000, int iterations = 40, int leaves = 31)
    {
        var path = folder.File("model.txt");
        File.WriteAllText(path, LightGbmModels.TrainSmallModel(rows, 5, iterations, leaves, 9, out _));
        return path;
    }

    [Fact]
    public void The_written_query_runs_in_DuckDB_and_gives_the_engine_margins()
    {
        using var folder = new TempFolder();
        var modelPath = LightGbmModel(folder);
        var model = ModelLoader.Load(modelPath);
        var sqlPath = folder.File("score.sql");
        var run = CliRun.Of("compile-sql", "--model", modelPath, "--dialect", "duckdb", "--table", "main.prospects", "--id-column", "id", "--out", sqlPath);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains($"compiled {model.Trees.Count} trees", run.Out);
        Assert.Contains("1 statement(s)", run.Out);

        var rows = EdgeRows.For(model, 2);
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        EdgeRows.Load(warehouse, "main.prospects", model, rows);
        var engine = EdgeRows.EngineMargins(model, rows);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = File.ReadAllText(sqlPath).TrimEnd().TrimEnd(';');
        using var reader = command.ExecuteReader();
        int read = 0;
        while (reader.Read())
        {
            int row = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            Assert.Equal(engine[row], reader.GetDouble(1));
            read++;
        }
        Assert.Equal(rows.Length, read);
    }

    [Fact]
    public void Without_out_the_query_goes_to_standard_output_and_the_summary_to_standard_error()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("compile-sql", "--model", LightGbmModel(folder), "--dialect", "postgres");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.StartsWith("-- leadscore compile-sql: ", run.Out);
        Assert.Contains("FROM \"features\".\"prospects\"", run.Out);
        Assert.Contains("AS REAL", run.Out);
        Assert.Contains("for postgres in", run.Err);
    }

    [Fact]
    public void A_query_beyond_BigQuerys_limit_is_split_into_files_each_within_it()
    {
        using var folder = new TempFolder();
        var modelPath = LightGbmModel(folder, rows: 20000, iterations: 120, leaves: 255);
        var run = CliRun.Of("compile-sql", "--model", modelPath, "--dialect", "bigquery", "--table", "proj.ds.prospects", "--id-column", "id", "--out", folder.File("score.sql"));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("run them in order, each as its own query", run.Out);
        var files = Directory.GetFiles(folder.Path, "score.*.sql").Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 2, run.Out);
        Assert.False(File.Exists(folder.File("score.sql")));
        Assert.All(files, f => Assert.True(new FileInfo(f).Length <= 1_024_000, $"{f}: {new FileInfo(f).Length} bytes"));
        Assert.Contains("CREATE OR REPLACE TABLE `proj.ds.prospects_leadscore_stage_1` AS", File.ReadAllText(files[0]));
        Assert.Contains("FROM `proj.ds.prospects_leadscore_stage_1`", File.ReadAllText(files[1]));
        Assert.Contains("AS `id`, margin, probability", File.ReadAllText(files[^1]));
    }

    public static TheoryData<string, string[], string> BadInputs => new()
    {
        { "unknown dialect", ["--dialect", "oracle"], "error: --dialect: 'oracle' is not a SQL dialect leadscore writes; use one of duckdb, postgres, bigquery." },
        { "unsafe id column", ["--dialect", "duckdb", "--id-column", "id\nDROP TABLE x"], "error: the name 'id?DROP TABLE x' is empty or holds a control character, which no SQL quoting carries safely; rename it." },
        { "bad table name", ["--dialect", "duckdb", "--table", "a..b"], "error: --table: 'a..b' is not a duckdb table name; write table, schema.table or catalog.schema.table (project.dataset.table in BigQuery)." },
        { "wrong extension", ["--dialect", "duckdb", "--out", "{folder}/score.txt"], "--out" },
        { "out is the model", ["--dialect", "duckdb", "--out", "{model}"], "--out" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_one_clear_line_and_a_non_zero_exit(string @case, string[] args, string expected)
    {
        using var folder = new TempFolder();
        var modelPath = LightGbmModel(folder, rows: 500, iterations: 3, leaves: 4);
        var before = File.ReadAllText(modelPath);
        var run = CliRun.Of(["compile-sql", "--model", modelPath, .. args.Select(a => a.Replace("{folder}", folder.Path).Replace("{model}", modelPath))]);
        Assert.True(run.ExitCode != 0, @case);
        Assert.Single(run.ErrLines);
        Assert.Contains(expected, run.Err);
        Assert.Equal("", run.Out);
        Assert.Equal(before, File.ReadAllText(modelPath));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.sql"));
    }

    [Fact]
    public void Explain_on_trees_deeper_than_two_is_refused_in_one_line_naming_the_tree()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("compile-sql", "--model", LightGbmModel(folder), "--dialect", "duckdb", "--explain", "--out", folder.File("score.sql"));
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Matches(@"^error: .*model\.txt: --explain needs every tree of depth <= 2 \(it tabulates each tree's reasons in SQL\), but tree \d+ has depth \d+; ", run.Err);
        Assert.False(File.Exists(folder.File("score.sql")));
    }

    [Fact]
    public void A_single_tree_beyond_BigQuerys_limit_is_refused_in_one_line()
    {
        using var folder = new TempFolder();
        // One tree of 2^14 leaves: far beyond 1,024,000 bytes, and a tree cannot be split across queries.
        var model = SomeModels.RandomEnsemble(seed: 1, trees: 1, features: 4, maxDepth: 1);
        var deep = new LeadScore.Engine.Model.TreeEnsemble("deep", model.Format, model.FeatureNames, [FullTree(14)], 0f);
        var e = Assert.Throws<LeadScore.Warehouse.WarehouseException>(() => LeadScore.Warehouse.Compiled.ModelSql.Compile(new LeadScore.Warehouse.Compiled.CompileRequest(
            deep, EdgeRows.Missing(deep), null, LeadScore.Warehouse.Dialects.SqlDialect.BigQuery, "p.d.t", "id")));
        Assert.StartsWith("deep: tree 0 alone compiles to ", e.Message);
        Assert.Contains("beyond bigquery's limit of 1,024,000 bytes per query, and one tree cannot be split", e.Message);
    }

    [Fact]
    public void An_output_that_is_the_model_is_refused_and_the_model_stays()
    {
        using var folder = new TempFolder();
        var model = folder.File("model.sql");
        File.Move(LightGbmModel(folder, rows: 500, iterations: 3, leaves: 4), model);
        var before = File.ReadAllText(model);
        var run = CliRun.Of("compile-sql", "--model", model, "--dialect", "duckdb", "--out", model);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains("is also the input given as --model; writing it would destroy that input", run.Err);
        Assert.Equal(before, File.ReadAllText(model));
    }

    [Fact]
    public void A_staged_part_that_would_be_the_model_is_refused_before_any_part_is_written()
    {
        using var folder = new TempFolder();
        var model = folder.File("score.2.sql");
        File.Move(LightGbmModel(folder, rows: 20000, iterations: 120, leaves: 255), model);
        var before = File.ReadAllText(model);
        var run = CliRun.Of("compile-sql", "--model", model, "--dialect", "bigquery", "--table", "p.d.t", "--id-column", "id", "--out", folder.File("score.sql"));
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains("score.2.sql", run.Err);
        Assert.Equal(before, File.ReadAllText(model));
        Assert.False(File.Exists(folder.File("score.1.sql")));
    }

    [Fact]
    public async Task A_run_killed_while_it_compiles_or_writes_leaves_the_earlier_file_or_the_whole_new_one()
    {
        using var folder = new TempFolder();
        var model = LightGbmModel(folder, rows: 3000, iterations: 200, leaves: 31);
        var whole = CliRun.Of("compile-sql", "--model", model, "--dialect", "postgres", "--out", folder.File("whole.sql"));
        Assert.True(whole.ExitCode == 0, whole.Err);
        var expected = File.ReadAllText(folder.File("whole.sql"));
        var target = folder.File("score.sql");
        foreach (var delay in new[] { 100, 300, 600, 900, 1200, 1600, 2400 })
        {
            File.WriteAllText(target, "-- last month's query\n");
            await KilledRun.After(["compile-sql", "--model", model, "--dialect", "postgres", "--out", target], null, delay);
            var text = File.ReadAllText(target);
            Assert.True(text == "-- last month's query\n" || text == expected, $"killed after {delay} ms: {text.Length} characters, neither the earlier file nor the whole new one");
        }
    }

    private static LeadScore.Engine.Model.DecisionTree FullTree(int depth)
    {
        int nodes = (1 << (depth + 1)) - 1;
        var left = new int[nodes]; var right = new int[nodes]; var feature = new int[nodes]; var threshold = new float[nodes];
        var defaultLeft = new bool[nodes]; var value = new double[nodes]; var cover = new double[nodes];
        for (int n = 0; n < nodes; n++)
        {
            bool leaf = 2 * n + 1 >= nodes;
            left[n] = leaf ? -1 : 2 * n + 1;
            right[n] = leaf ? -1 : 2 * n + 2;
            feature[n] = n % 4;
            threshold[n] = 0.001f * n;
            defaultLeft[n] = n % 3 == 0;
            value[n] = leaf ? 0.0001 * n : 0;
            cover[n] = 1;
        }
        return new LeadScore.Engine.Model.DecisionTree(left, right, feature, threshold, defaultLeft, value, cover);
    }
}
