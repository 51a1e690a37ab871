using LeadScore.Tests.Support;
using LeadScore.Warehouse;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse;

public class RawImportTests
{
    private const string Header = "ria_contact_crd_id,previous_registration_company_crd_id,previous_registration_company_name," +
                                  "previous_registration_company_start_date,previous_registration_company_end_date,end_date_known_at";

    private static string Csv(TempFolder folder, string name, params string[] rows)
    {
        var path = folder.File(name);
        File.WriteAllText(path, string.Join("\n", rows.Prepend(Header)) + "\n");
        return path;
    }

    private static string Good(TempFolder folder) => Csv(folder, "good.csv",
        "101,9001,Acme Wealth LLC,2015-03-01,2020-06-30,2020-10-02",
        "101,9002,Beta Advisors,2020-07-01,,",
        "102,9001,ACME WEALTH LLC,2018-01-15,,");

    [Fact]
    public void A_new_database_gets_every_raw_table_and_an_import_loads_a_file()
    {
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("ws/leadscore.duckdb"));
        Assert.Equal(["broker_protocol_members", "contact_registered_employment_history", "firms", "leads", "ria_contacts_current", "tasks", "users"],
            warehouse.RawTables().Select(t => t.Name).Order());
        var history = warehouse.RawTables().Single(t => t.Name == "contact_registered_employment_history");
        Assert.Equal(["ria_contact_crd_id", "previous_registration_company_crd_id", "previous_registration_company_start_date"], history.Key);

        var result = RawImport.Run(warehouse, "raw.contact_registered_employment_history", Good(folder), append: false);
        Assert.Equal((3L, 3L, true), (result.Rows, result.RowsAfter, result.Replaced));
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM raw.contact_registered_employment_history WHERE previous_registration_company_end_date IS NULL";
        Assert.Equal(2L, Convert.ToInt64(command.ExecuteScalar()));
    }

    public static TheoryData<string, string[], string> BadFiles => new()
    {
        { "missing column", ["ria_contact_crd_id,previous_registration_company_crd_id", "1,2"], "lacks column(s) previous_registration_company_name" },
        { "extra column", [Header + ",rank", "101,9001,A,2015-03-01,,,1"], "has column(s) rank that raw.contact_registered_employment_history does not have" },
        { "wrong type", [Header, "101,9001,A,2015-03-01,,", "102,9001,A,2015-31-01,,"], "column 'previous_registration_company_start_date' must be DATE, but holds '2015-31-01', first at row(s) 2" },
        { "text in a number", [Header, "CRD 7,9001,A,2015-03-01,,"], "column 'ria_contact_crd_id' must be BIGINT, but holds 'CRD 7', first at row(s) 1" },
        { "null key", [Header, "101,,A,2015-03-01,,"], "column 'previous_registration_company_crd_id' is empty at row(s) 1" },
        { "duplicate key", [Header, "101,9001,A,2015-03-01,,", "101,9001,B,2015-03-01,2016-01-01,"], "key (ria_contact_crd_id, previous_registration_company_crd_id, previous_registration_company_start_date) = (101, 9001, 2015-03-01) at rows 1, 2 appears more than once in the file" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_refused_with_one_line_and_the_table_keeps_its_rows(string bad, string[] lines, string expected)
    {
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        RawImport.Run(warehouse, "contact_registered_employment_history", Good(folder), append: false);
        var path = folder.File("bad.csv");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        var error = Assert.Throws<WarehouseException>(() => RawImport.Run(warehouse, "contact_registered_employment_history", path, append: false));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.EndsWith("Nothing was loaded.", error.Message);
        Assert.Equal(3, warehouse.Count(warehouse.RawTables().Single(t => t.Name == "contact_registered_employment_history")));
        _ = bad;
    }

    [Fact]
    public void Appending_refuses_keys_the_table_already_holds_and_replacing_swaps_all_rows_at_once()
    {
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        var history = warehouse.RawTables().Single(t => t.Name == "contact_registered_employment_history");
        RawImport.Run(warehouse, "contact_registered_employment_history", Good(folder), append: false);
        var more = Csv(folder, "more.csv", "103,9003,Gamma,2021-01-01,,", "101,9002,Beta Advisors,2020-07-01,,");
        var clash = Assert.Throws<WarehouseException>(() => RawImport.Run(warehouse, "contact_registered_employment_history", more, append: true));
        Assert.Contains("= (101, 9002, 2020-07-01) at row 2 is in the file and already in raw.contact_registered_employment_history", clash.Message);
        Assert.Equal(3, warehouse.Count(history));

        var result = RawImport.Run(warehouse, "contact_registered_employment_history", more, append: false);
        Assert.Equal(2, result.RowsAfter);
        var fresh = Csv(folder, "fresh.csv", "104,9004,Delta,2022-01-01,,");
        Assert.Equal(3, RawImport.Run(warehouse, "contact_registered_employment_history", fresh, append: true).RowsAfter);
    }

    [Theory]
    [InlineData("leads; DROP TABLE raw.leads")]
    [InlineData("main.secrets")]
    [InlineData("../leads")]
    public void Only_raw_tables_can_be_named(string table)
    {
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        var error = Assert.Throws<WarehouseException>(() => RawImport.Run(warehouse, table, Good(folder), append: false));
        Assert.Contains("is not a raw table of the warehouse; raw tables: raw.", error.Message);
        Assert.Equal(0, warehouse.Count(warehouse.RawTables().Single(t => t.Name == "leads")));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_not_opened_as_one()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("notes.duckdb"), "these are notes, not a database");
        var error = Assert.Throws<WarehouseException>(() => Store.Open(folder.File("notes.duckdb")));
        Assert.Contains("exists but is not a DuckDB database", error.Message);
        Assert.Equal("these are notes, not a database", File.ReadAllText(folder.File("notes.duckdb")));
    }
}
