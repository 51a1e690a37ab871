using DuckDB.NET.Data;
using LeadScore.Data;
using LeadScore.Data.Labeled;
using LeadScore.Engine.Schema;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Data;

public class LabeledTableTests
{
    private static string Csv(TempFolder folder, string text)
    {
        var path = folder.File("t.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Targets_may_be_numbers_booleans_or_text_but_only_0_and_1()
    {
        using var folder = new TempFolder();
        using var ok = LabeledTable.Open(Csv(folder, "d,y,x\n2024-01-01,1,0.5\n2024-01-02, 0 ,1.5\n"));
        ok.CheckTarget("y");
        using var bad = LabeledTable.Open(Csv(folder, "d,y,x\n2024-01-01,1,0.5\n2024-01-02,yes,1.5\n2024-01-03,2,1\n2024-01-04,,1\n"));
        var error = Assert.Throws<DataFileException>(() => bad.CheckTarget("y"));
        Assert.Contains("target column 'y' must be 0 or 1 in every row, but holds 'yes', '2', 'NULL', first at row(s) 2, 3, 4", error.Message);
    }

    [Fact]
    public void Dates_must_all_be_dates_and_are_named_by_row()
    {
        using var folder = new TempFolder();
        using var table = LabeledTable.Open(Csv(folder, "d,y\n2024-01-01,1\n2024-02-30,0\n2024-03-01,0\n"));
        var error = Assert.Throws<DataFileException>(() => table.CheckDates("d"));
        Assert.Contains("date column 'd' is empty or not a date (YYYY-MM-DD) at row(s) 2", error.Message);
    }

    [Fact]
    public void A_warehouse_table_reads_like_a_file_and_a_missing_table_lists_the_ones_there()
    {
        using var folder = new TempFolder();
        var db = folder.File("warehouse.duckdb");
        using (var connection = new DuckDBConnection($"DataSource={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE leads AS SELECT DATE '2024-01-01' + CAST(i AS INTEGER) AS d, (i % 7 = 0)::BOOLEAN AS won, i * 0.5 AS x, " +
                                  "CASE WHEN i % 3 = 0 THEN 'a' WHEN i % 3 = 1 THEN 'b' END AS tier FROM range(100) t(i)";
            command.ExecuteNonQuery();
        }
        using var table = LabeledTable.Open(db, "leads");
        table.CheckTarget("won");
        Assert.Equal(new DateRange(new(2024, 1, 1), new(2024, 4, 9)), table.CheckDates("d"));
        var tier = new FeatureSpec("tier", categories: new Dictionary<string, int> { ["a"] = 0 }, nulls: NullPolicy.Missing, unseenAsNull: true);
        var rows = table.Read([new FeatureSpec("x", nulls: NullPolicy.Missing), tier], "won", "d", new DateRange(new(2024, 1, 1), new(2024, 1, 10)));
        Assert.Equal(10, rows.Count);
        Assert.Equal([0f, 0.5f, 1f], rows.Columns[0][..3]);
        Assert.Equal(0f, rows.Columns[1][0]);
        Assert.True(float.IsNaN(rows.Columns[1][1]), "an unseen label is missing");
        Assert.True(float.IsNaN(rows.Columns[1][2]), "a NULL label is missing");
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 1, 0, 0], rows.Labels);
        Assert.StartsWith("duckdb-row-hash-sum:", table.Fingerprint("d").Hash);

        var missing = Assert.Throws<DataFileException>(() => LabeledTable.Open(db, "lead"));
        Assert.Contains("no table 'lead' in this database; tables: leads", missing.Message);
        var noTable = Assert.Throws<DataFileException>(() => LabeledTable.Open(db));
        Assert.Contains("a DuckDB database; pass --table", noTable.Message);
    }
}
