using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class WarehouseCommandTests
{
    [Fact]
    public void Init_import_and_tables_work_on_a_workspace_database_and_a_bad_file_changes_nothing()
    {
        using var folder = new TempFolder();
        var db = folder.File("ws/leadscore.duckdb");
        var init = CliRun.Of("warehouse", "init", "--db", db);
        Assert.True(init.ExitCode == 0, init.Err);
        Assert.Contains("raw.contact_registered_employment_history", init.Out);

        File.WriteAllText(folder.File("users.csv"), "id,name,is_active,is_sga__c\nU1,Ana Reyes,true,true\nU2,System,true,false\n");
        var import = CliRun.Of("warehouse", "import", "--db", db, "--table", "users", "--file", folder.File("users.csv"));
        Assert.True(import.ExitCode == 0, import.Err);
        Assert.StartsWith("replaced raw.users: 2 rows from", import.Out);

        File.WriteAllText(folder.File("bad.csv"), "id,name,is_active,is_sga__c\nU3,Bo,maybe,true\n");
        var bad = CliRun.Of("warehouse", "import", "--db", db, "--table", "users", "--file", folder.File("bad.csv"));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("column 'is_active' must be BOOLEAN, but holds 'maybe', first at row(s) 1", bad.Err);

        var tables = CliRun.Of("warehouse", "tables", "--db", db);
        Assert.Matches(@"raw\.users\s*│\s*4\s*│\s*id\s*│\s*2", tables.Out);
    }
}
