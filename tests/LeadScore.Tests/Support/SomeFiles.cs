using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace LeadScore.Tests.Support;

/// <summary>Small input files for the hand-made two-feature model (<see cref="SomeModels.XGBoost"/>).</summary>
public static class SomeFiles
{
    /// <summary>
    /// A schema for the hand-made model: x0 numeric (NULL is missing), x1 categorical from column "tier"
    /// (low 0, mid 1, high 2; NULL is an error).
    /// </summary>
    public const string TierSchema = """
        { "name": "tiers", "features": [
            { "name": "x0", "null": "missing" },
            { "name": "x1", "column": "tier", "categories": { "low": 0, "mid": 1, "high": 2 } } ] }
        """;

    /// <summary>A CSV of <paramref name="rows"/> leads with lead_id, x0, x1 and tier, reproducible from the seed.</summary>
    public static string Csv(TempFolder folder, int rows, int seed = 1, string name = "leads.csv", Func<int, string?>? x0 = null,
        Func<int, string?>? tier = null)
    {
        var random = new Random(seed);
        string[] tiers = ["low", "mid", "high"];
        var text = new StringBuilder("lead_id,x0,x1,tier\n");
        for (int i = 0; i < rows; i++)
        {
            var a = x0?.Invoke(i) ?? (random.NextDouble() < 0.1 ? "" : Math.Round(random.NextDouble() * 2 - 0.5, 2).ToString(CultureInfo.InvariantCulture));
            var t = tier?.Invoke(i) ?? tiers[random.Next(3)];
            text.Append(CultureInfo.InvariantCulture, $"L{i:D5},{a},{Array.IndexOf(tiers, t)},{t}\n");
        }
        var path = folder.File(name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>The same rows as Parquet (DuckDB converts the CSV, keeping x0 numeric).</summary>
    public static string Parquet(TempFolder folder, string csv, string name = "leads.parquet")
    {
        var path = folder.File(name);
        Execute($"COPY (SELECT * FROM read_csv('{csv}', header = true)) TO '{path}' (FORMAT parquet)");
        return path;
    }

    public static string SchemaFile(TempFolder folder, string json = TierSchema)
    {
        var path = folder.File("schema.json");
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>Rows of a CSV or Parquet file as text, read by DuckDB (independent of our writers).</summary>
    public static List<Dictionary<string, string?>> Read(string path)
    {
        var from = path.EndsWith(".csv", StringComparison.Ordinal) ? $"read_csv('{path}', header = true, all_varchar = true)" : $"read_parquet('{path}')";
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {from}";
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, string?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string?>();
            for (int c = 0; c < reader.FieldCount; c++)
                row[reader.GetName(c)] = reader.IsDBNull(c) ? null : Convert.ToString(reader.GetValue(c), CultureInfo.InvariantCulture);
            rows.Add(row);
        }
        return rows;
    }

    public static void Execute(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
