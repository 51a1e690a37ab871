using System.Globalization;
using LeadScore.Tests.Scoring;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Postgres;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Cli;

/// <summary><c>leadscore warehouse month</c> on DuckDB and on the real PostgreSQL server; bad input is one line.</summary>
[Collection(ScoringWorldCollection.Name)]
public class WarehouseMonthCommandTests(ScoringWorld world)
{
    private static readonly string[] RawTables =
        ["raw.ria_contacts_current", "raw.contact_registered_employment_history", "raw.firms", "raw.broker_protocol_members", "raw.leads", "raw.tasks", "raw.users"];

    [Fact]
    public void On_DuckDB_the_month_publishes_the_champions_scores_and_percentiles_the_scoring_run_publishes()
    {
        var db = world.Fresh();
        var engine = CliRun.Of("score", "--db", db, "--as-of", "2025-12-31", "--model", world.Champion, "--run-id", "engine");
        Assert.True(engine.ExitCode == 0, engine.Err);
        var month = CliRun.Of("warehouse", "month", "--db", db, "--as-of", "2025-12-31", "--model", world.Champion, "--run-id", "sql");
        Assert.True(month.ExitCode == 0, month.Err);
        Assert.Contains("warehouse: DuckDB ", month.Out);
        Assert.Matches(@"list: [\d,]+ leads ranked for \d+ reps x 200 from [\d,]+ advisors", month.Out);

        using var warehouse = Store.OpenExisting(db, readOnly: true);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(*) FILTER (WHERE e.margin = s.margin AND e.percentile = s.percentile AND e.deprioritize = s.deprioritize) " +
                              "FROM scores.prospect_scores e JOIN scores.prospect_scores s USING (advisor_crd, model_version) WHERE e.run_id = 'engine' AND s.run_id = 'sql'";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.True(reader.GetInt64(0) > 30_000, $"{reader.GetInt64(0)} advisors");
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
    }

    [SkippableFact]
    public void On_PostgreSQL_named_by_the_environment_the_month_ranks_the_same_list_as_on_DuckDB()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var db = world.Fresh();
        using var database = PostgresServer.NewDatabase();
        using (var source = Store.OpenExisting(db, readOnly: true))
        using (var target = database.Open())
            foreach (var table in RawTables) PostgresCopy.Copy(source.DuckDb, $"SELECT * FROM {table}", target, table);

        var onDuck = CliRun.Of("warehouse", "month", "--db", db, "--as-of", "2025-12-31", "--model", world.Champion);
        Assert.True(onDuck.ExitCode == 0, onDuck.Err);
        var onPg = CliRun.Process(new Dictionary<string, string> { [PostgresAddress.EnvironmentVariable] = database.ConnectionString },
            "warehouse", "month", "--as-of", "2025-12-31", "--model", world.Champion);
        Assert.True(onPg.ExitCode == 0, onPg.Err);
        Assert.Contains("warehouse: PostgreSQL at ", onPg.Out);
        static string[] Figures(string output) => output.Split('\n').Where(l => l.StartsWith("features:") || l.StartsWith("scores:") || l.StartsWith("list:") || l.StartsWith("tiers"))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @" \([\d.]+ s\)|, computed by [\d,]+ KB of SQL", "")).ToArray();
        Assert.Equal(Figures(onDuck.Out), Figures(onPg.Out));
        Assert.Equal(4, Figures(onPg.Out).Length);
    }

    [SkippableFact]
    public void A_PostgreSQL_database_without_the_raw_tables_is_one_line_naming_the_step()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var database = PostgresServer.NewDatabase();
        using (var users = database.Open())
        using (var create = new Npgsql.NpgsqlCommand("CREATE SCHEMA raw; CREATE TABLE raw.users (id text, name text, is_active boolean, is_sga__c boolean); " +
                                                     "INSERT INTO raw.users VALUES ('u1', 'Rep One', true, true)", users))
            create.ExecuteNonQuery();
        var run = CliRun.Of("warehouse", "month", "--db", database.ConnectionString, "--as-of", "2025-12-31", "--model", world.Champion);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains("the month's features step failed inside the warehouse (", run.Err);
        Assert.Contains("raw.", run.Err);
    }

    public static TheoryData<string, string[], string> BadInputs => new()
    {
        { "unreachable server", ["--db", "postgres://leadscore@127.0.0.1:1/none"], "127.0.0.1:1/none" },
        { "bad port", ["--db", "postgres://leadscore@127.0.0.1:99999/none"], "error: --db" },
        { "no warehouse file", ["--db", "{folder}/none.duckdb"], "none.duckdb" },
        { "bad date", ["--db", "{world}", "--as-of", "2025-13-01"], "--as-of" },
        { "bad per-sga", ["--db", "{world}", "--per-sga", "0"], "error: --per-sga: '0' must be a positive number of leads" },
        { "the database is the model", ["--db", "{model}"], "exists but is not a DuckDB database" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_one_clear_line_and_a_non_zero_exit(string @case, string[] args, string expected)
    {
        using var folder = new TempFolder();
        var db = world.Fresh();
        var model = Path.Combine(world.Champion, "model.txt");
        var before = File.ReadAllText(model);
        string[] all = ["warehouse", "month", "--model", world.Champion, .. args.Select(a => a.Replace("{folder}", folder.Path).Replace("{world}", db).Replace("{model}", model))];
        if (!all.Contains("--as-of")) all = [.. all, "--as-of", "2025-12-31"];
        var run = CliRun.Of(all);
        Assert.True(run.ExitCode == 1, $"{@case}: {run.ExitCode} {run.Err}");
        Assert.Single(run.ErrLines);
        Assert.Contains(expected, run.Err);
        Assert.DoesNotContain("internal error", run.Err);
        Assert.False(File.Exists(folder.File("none.duckdb")));
        Assert.Equal(before, File.ReadAllText(model));
    }

    [Theory]
    [InlineData("building the features", null)]
    [InlineData("scoring", "features:")]
    [InlineData("ranking the list", "scores:")]
    public async Task A_month_killed_while_it_is_stage_leaves_the_earlier_scores_and_features_as_they_were(string stage, string? afterLine)
    {
        var db = world.Fresh();
        var first = CliRun.Of("warehouse", "month", "--db", db, "--as-of", "2025-12-31", "--model", world.Champion, "--run-id", "m");
        Assert.True(first.ExitCode == 0, first.Err);
        var before = (Digest(db, "SELECT * FROM scores.prospect_scores WHERE run_id = 'm' ORDER BY advisor_crd"), Digest(db, "SELECT * FROM features.prospects ORDER BY advisor_crd"));

        await KilledRun.After(["warehouse", "month", "--db", db, "--as-of", "2025-12-31", "--model", world.Challenger, "--run-id", "m"], afterLine, 1_500);

        // The challenger publishes under its own version: the champion's rows of run m, and the features (rebuilt from
        // the same raw tables as of the same date, so whole or not at all they read the same), are as they were.
        Assert.True(before == (Digest(db, "SELECT * FROM scores.prospect_scores WHERE run_id = 'm' AND model_version = 'champion' ORDER BY advisor_crd"),
            Digest(db, "SELECT * FROM features.prospects ORDER BY advisor_crd")), $"killed while {stage}");
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var challenger = warehouse.Count("scores.prospect_scores", "run_id = 'm' AND model_version = 'challenger'");
        Assert.True(challenger == 0 || challenger == warehouse.Count("features.prospects"), $"killed while {stage}: {challenger} challenger rows");
    }

    private static string Digest(string db, string query)
    {
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT md5(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR))), count(*) FROM ({query}) t";
        using var reader = command.ExecuteReader();
        reader.Read();
        return $"{reader.GetString(0)} {reader.GetInt64(1)}";
    }
}
