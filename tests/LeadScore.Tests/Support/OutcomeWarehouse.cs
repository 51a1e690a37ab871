using System.Globalization;

namespace LeadScore.Tests.Support;

/// <summary>
/// A warehouse with two lists published the way the command publishes them (<see cref="ListWarehouse.Build"/>, one
/// rep, five leads each): December 2025's holds advisors 101–105, January 2026's advisors 106–110. Advisor 999 is on
/// no list. Outcome files are written beside it with <see cref="Csv"/> or <see cref="Parquet"/>.
/// </summary>
public sealed class OutcomeWarehouse : IDisposable
{
    public static readonly long[] December = [101, 102, 103, 104, 105];
    public static readonly long[] January = [106, 107, 108, 109, 110];

    /// <summary>The day the tests' imports take as today: a later date is in the future.</summary>
    public static readonly DateOnly Today = new(2026, 3, 31);

    public const string Header = "lead_id,advisor_crd,contacted_date,call_scheduled_date,status";

    private readonly TempFolder folder = new();
    private readonly ListWarehouse lists;

    public OutcomeWarehouse()
    {
        lists = new ListWarehouse();
        lists.ScoringRun("run-2025-11", "2025-11-30");
        foreach (var crd in December.Concat(January)) lists.Advisor(crd);
        foreach (var crd in December) lists.Score(crd, 90, run: "run-2025-11");
        foreach (var crd in January) lists.Score(crd, 90);
        Assert.True(lists.Build(month: "2025-12", run: "run-2025-11").Published);
        Assert.True(lists.Build().Published);
        Assert.Equal(December, lists.ListCrds("2025-12").Order());
        Assert.Equal(January, lists.ListCrds("2026-01").Order());
        lists.Close();
    }

    /// <summary>The warehouse file (closed; open it with <see cref="Open"/>).</summary>
    public string Path => lists.Path;

    public LeadScore.Warehouse.Warehouse Open() => LeadScore.Warehouse.Warehouse.OpenExisting(Path);

    /// <summary>A CSV file of outcome rows under the standard header (or the given first line).</summary>
    public string Csv(string name, params string[] rows) => Text(name, string.Join("\n", rows.Prepend(Header)) + "\n");

    /// <summary>A file with exactly this text.</summary>
    public string Text(string name, string text)
    {
        var path = folder.File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A Parquet file written by DuckDB from a SELECT (typed columns: VARCHAR ids, BIGINT CRDs, DATE dates).</summary>
    public string Parquet(string name, string select)
    {
        var path = folder.File(name);
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{path}' (FORMAT PARQUET)";
        command.ExecuteNonQuery();
        return path;
    }

    public string File(string name) => folder.File(name);

    /// <summary>Every row of a table (all columns, as text) in a stable order, to compare a table before and after.</summary>
    public static List<string> Dump(LeadScore.Warehouse.Warehouse warehouse, string table)
    {
        if (!warehouse.HasTable(table)) return [];
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY ALL";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }

    public void Dispose()
    {
        lists.Dispose();
        folder.Dispose();
    }
}
