using LeadScore.Tests.Support;
using LeadScore.Warehouse;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse;

/// <summary>The raw tables the monthly lead list adds: importing tasks, and older warehouses gaining the new columns.</summary>
public class ListInputImportTests
{
    private const string Header = "id,who_id,activity_date,completed_date_time,created_date,type,task_subtype,subject,call_type,is_deleted";

    private static string Csv(TempFolder folder, string name, params string[] rows)
    {
        var path = folder.File(name);
        File.WriteAllText(path, string.Join("\n", rows.Prepend(Header)) + "\n");
        return path;
    }

    [Fact]
    public void A_tasks_file_loads_like_the_other_raw_tables()
    {
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        var file = Csv(folder, "tasks.csv",
            "00T5a0000001XyzAB1,00Q5a0000001AbcDE1,2025-06-02,2025-06-02 14:05:00,2025-06-02 14:06:00,Call,Call,Call,Outbound,false",
            "00T5a0000002XyzAB2,00Q5a0000001AbcDE1,,2025-08-11 09:00:00,2025-08-12 10:00:00,Email,Email,Intro email,,false",
            "00T5a0000003XyzAB3,00Q5a0000001AbcDE1,2025-09-01,,2025-09-03 10:00:00,Outgoing SMS,Task,Text message,,true");
        var result = RawImport.Run(warehouse, "raw.tasks", file, append: false);
        Assert.Equal((3L, 3L, true), (result.Rows, result.RowsAfter, result.Replaced));
        Assert.Equal(["id"], warehouse.RawTables().Single(t => t.Name == "tasks").Key);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM raw.tasks WHERE activity_date IS NULL OR completed_date_time IS NULL OR is_deleted";
        Assert.Equal(2L, Convert.ToInt64(command.ExecuteScalar()));
    }

    [Theory]
    [InlineData("2025-13-02", "00T2", "column 'activity_date' must be DATE, but holds '2025-13-02', first at row(s) 2")]
    [InlineData("2025-06-03", "00T1", "key (id) = (00T1) at rows 1, 2 appears more than once in the file")]
    public void A_bad_tasks_file_is_refused_and_nothing_is_loaded(string date, string secondId, string expected)
    {
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        var file = Csv(folder, "bad.csv",
            "00T1,00Q1,2025-06-02,,2025-06-02 14:06:00,Call,Call,Call,,false",
            $"{secondId},00Q1,{date},,2025-06-03 14:06:00,Call,Call,Call,,false");
        var error = Assert.Throws<WarehouseException>(() => RawImport.Run(warehouse, "tasks", file, append: false));
        Assert.Contains(expected, error.Message);
        Assert.EndsWith("Nothing was loaded.", error.Message);
        Assert.Equal(0, warehouse.Count(warehouse.RawTables().Single(t => t.Name == "tasks")));
    }

    [Fact]
    public void A_warehouse_made_before_the_list_columns_gains_them_and_keeps_its_rows()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.duckdb");
        using (var old = new DuckDB.NET.Data.DuckDBConnection($"DataSource={path}"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = "CREATE SCHEMA raw; CREATE TABLE raw.leads (id VARCHAR PRIMARY KEY, fa_crd__c VARCHAR, stage_entered_contacting__c TIMESTAMP, " +
                                  "stage_entered_call_scheduled__c TIMESTAMP, created_date TIMESTAMP, lead_source VARCHAR, company VARCHAR, email VARCHAR, " +
                                  "linkedin_profile_apollo__c VARCHAR, is_deleted BOOLEAN, owner_id VARCHAR); INSERT INTO raw.leads (id) VALUES ('00Q1')";
            command.ExecuteNonQuery();
        }
        using var warehouse = Store.Open(path);
        var leads = warehouse.RawTables().Single(t => t.Name == "leads");
        Assert.Equal(["status", "do_not_call", "disposition__c"], leads.Columns.TakeLast(3).Select(c => c.Name));
        Assert.Equal(1, warehouse.Count(leads));
        Assert.Equal(9, warehouse.RawTables().Single(t => t.Name == "ria_contacts_current").Columns.Count(c => c.Name.StartsWith("contact_has_disclosed_")));
    }
}
