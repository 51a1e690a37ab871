using DuckDB.NET.Data;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Warehouse;

/// <summary>
/// The warehouse's bad-input cases: a mistyped path is never turned into an empty database by a command that only
/// reads; a file the domain forbids is refused with its rows; a locked database and a missing file are named for
/// what they are.
/// </summary>
public class WarehouseSafetyTests
{
    private static void AssertOneError(CliRun run, string expected)
    {
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Out}{run.Err}");
        Assert.Single(run.ErrLines);
        Assert.Contains(expected, run.Err);
    }

    [Theory]
    [InlineData("warehouse", "tables")]
    [InlineData("features", "audit", "--as-of", "2025-06-15")]
    [InlineData("features", "build", "--as-of", "2025-06-15")]
    [InlineData("features", "training", "--analysis-date", "2025-12-15")]
    [InlineData("features", "compare", "--with", "PLACEHOLDER")]
    public void A_command_that_needs_a_warehouse_refuses_a_mistyped_path_and_creates_nothing(params string[] args)
    {
        using var folder = new TempFolder();
        var db = folder.File("wharehouse.duckdb");
        var other = SomeFiles.Csv(folder, 5);
        var run = CliRun.Of([.. args.Select(a => a == "PLACEHOLDER" ? other : a), "--db", db]);
        AssertOneError(run, $"{db}: no warehouse there; pass --db with an existing warehouse (warehouse init, warehouse import or synth create one).");
        Assert.False(File.Exists(db));
        Assert.DoesNotContain("PASS", run.Out);
    }

    private static string Warehouse(TempFolder folder)
    {
        var db = folder.File("ws.duckdb");
        Assert.Equal(0, CliRun.Of("warehouse", "init", "--db", db).ExitCode);
        return db;
    }

    private static long Rows(string db, string table)
    {
        using var connection = new DuckDBConnection($"DataSource={db};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM raw.{table}";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public static TheoryData<string, string, string> ForbiddenRows => new()
    {
        {
            "contact_registered_employment_history",
            "ria_contact_crd_id,previous_registration_company_crd_id,previous_registration_company_name,previous_registration_company_start_date,previous_registration_company_end_date,end_date_known_at\n" +
            "1,100,Acme,2015-01-01,2018-01-01,2018-02-01\n2,100,Acme,2019-05-01,2019-03-01,2019-06-01\n",
            "an employment spell that ends before it starts at row(s) 2"
        },
        {
            "contact_registered_employment_history",
            "ria_contact_crd_id,previous_registration_company_crd_id,previous_registration_company_name,previous_registration_company_start_date,previous_registration_company_end_date,end_date_known_at\n" +
            "1,100,Acme,2015-01-01,2018-01-01,2017-06-01\n",
            "an end date known (end_date_known_at) before the spell ended at row(s) 1"
        },
        {
            "contact_registered_employment_history",
            "ria_contact_crd_id,previous_registration_company_crd_id,previous_registration_company_name,previous_registration_company_start_date,previous_registration_company_end_date,end_date_known_at\n" +
            "1,100,Acme,2015-01-01,,\n-7,100,Acme,2015-01-01,,\n",
            "a negative advisor CRD at row(s) 2"
        },
        { "firms", "firm_crd,firm_name,firm_classification,employee_count\n5,Acme,RIA,10\n-5,Bad,RIA,3\n", "a negative firm CRD at row(s) 2" },
        { "firms", "firm_crd,firm_name,firm_classification,employee_count\n5,Acme,RIA,-10\n", "a negative employee count at row(s) 1" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenRows))]
    public void A_file_holding_values_the_domain_forbids_is_refused_with_its_rows_and_nothing_is_loaded(string table, string csv, string expected)
    {
        using var folder = new TempFolder();
        var db = Warehouse(folder);
        File.WriteAllText(folder.File("good.csv"), table == "firms"
            ? "firm_crd,firm_name,firm_classification,employee_count\n9,Kept,RIA,4\n"
            : "ria_contact_crd_id,previous_registration_company_crd_id,previous_registration_company_name,previous_registration_company_start_date,previous_registration_company_end_date,end_date_known_at\n9,90,Kept,2010-01-01,,\n");
        Assert.Equal(0, CliRun.Of("warehouse", "import", "--db", db, "--table", table, "--file", folder.File("good.csv")).ExitCode);
        File.WriteAllText(folder.File("bad.csv"), csv);
        AssertOneError(CliRun.Of("warehouse", "import", "--db", db, "--table", table, "--file", folder.File("bad.csv")), expected);
        Assert.Contains("Nothing was loaded", CliRun.Of("warehouse", "import", "--db", db, "--table", table, "--file", folder.File("bad.csv")).Err);
        Assert.Equal(1, Rows(db, table));
    }

    [Fact]
    public void A_missing_import_file_is_named_by_its_option()
    {
        using var folder = new TempFolder();
        var db = Warehouse(folder);
        AssertOneError(CliRun.Of("warehouse", "import", "--db", db, "--table", "firms", "--file", folder.File("firms.csv")),
            $"--file {folder.File("firms.csv")}: no such file or folder");
    }

    [Fact]
    public void A_warehouse_locked_by_another_process_is_said_to_be_in_use_not_unwritable()
    {
        using var folder = new TempFolder();
        var db = Warehouse(folder);
        using var holder = new DuckDBConnection($"DataSource={db}");
        holder.Open();
        var tables = CliRun.Process(new Dictionary<string, string>(), "warehouse", "tables", "--db", db);
        AssertOneError(tables, "the warehouse is in use by another process");
        Assert.DoesNotContain("this user can write", tables.Err);
        var import = CliRun.Process(new Dictionary<string, string>(), "warehouse", "init", "--db", db);
        AssertOneError(import, $"{db}: the warehouse is in use by another process");
        Assert.Contains("wait for it to finish", import.Err);
    }

    [Fact]
    public void The_synthetic_world_satisfies_every_rule_an_import_checks()
    {
        using var folder = new TempFolder();
        var db = folder.File("synth.duckdb");   // named like one of its schemas, on purpose
        var synth = CliRun.Of("synth", "--db", db, "--advisors", "20000");
        Assert.True(synth.ExitCode == 0, synth.Err);
        using var connection = new DuckDBConnection($"DataSource={db};ACCESS_MODE=READ_ONLY");
        connection.Open();
        foreach (var rule in LeadScore.Warehouse.RawTableRules.All)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM raw.{rule.Table} WHERE {System.Text.RegularExpressions.Regex.Replace(rule.Condition, @"\{(\w+)\}", "$1")}";
            Assert.True(Convert.ToInt64(command.ExecuteScalar()) == 0, $"{rule.Table}: {rule.Description}");
        }
    }
}
