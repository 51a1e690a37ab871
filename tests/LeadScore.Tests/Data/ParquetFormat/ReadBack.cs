using DuckDB.NET.Data;
using Parquet;
using Parquet.Schema;

namespace LeadScore.Tests.Data.ParquetFormat;

/// <summary>
/// A Parquet file's columns read back whole, in file order, by two readers independent of our writer: DuckDB and
/// Parquet.Net. Values are compared as text that keeps a float's bits (so NaN payloads and -0 count) and tells NULL
/// from the empty string.
/// </summary>
internal static class ReadBack
{
    public static List<(string Name, string?[] Values)> WithDuckDb(string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{path}')";
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(c => (reader.GetName(c), new List<string?>())).ToList();
        while (reader.Read())
            for (int c = 0; c < reader.FieldCount; c++) columns[c].Item2.Add(Text(reader.IsDBNull(c) ? null : reader.GetValue(c)));
        return columns.Select(c => (c.Item1, c.Item2.ToArray())).ToList();
    }

    public static async Task<List<(string Name, string?[] Values)>> WithParquetNet(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var columns = fields.Select(f => (f.Name, new List<string?>())).ToList();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            int rows = checked((int)group.RowCount);
            for (int c = 0; c < fields.Length; c++) columns[c].Item2.AddRange(await Column(group, fields[c], rows));
        }
        return columns.Select(c => (c.Item1, c.Item2.ToArray())).ToList();
    }

    /// <summary>Rows of a DuckDB query (e.g. over parquet_metadata), each value as DuckDB gives it.</summary>
    public static List<Dictionary<string, object?>> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, c => reader.IsDBNull(c) ? null : reader.GetValue(c)));
        return rows;
    }

    /// <summary>Asserts the same columns, names and values, NULLs in the same places.</summary>
    public static void AssertSame(IReadOnlyList<(string Name, string?[] Values)> expected, IReadOnlyList<(string Name, string?[] Values)> actual)
    {
        Assert.Equal(expected.Select(c => c.Name), actual.Select(c => c.Name));
        for (int c = 0; c < expected.Count; c++)
        {
            Assert.True(expected[c].Values.Length == actual[c].Values.Length, $"column {expected[c].Name}: {actual[c].Values.Length} rows, expected {expected[c].Values.Length}");
            int row = Enumerable.Range(0, expected[c].Values.Length).FirstOrDefault(r => expected[c].Values[r] != actual[c].Values[r], -1);
            if (row >= 0) Assert.Fail($"column {expected[c].Name}, row {row}: {actual[c].Values[row] ?? "NULL"}, expected {expected[c].Values[row] ?? "NULL"}");
        }
    }

    /// <summary>A value as compared: a float as its bits and its value, a string quoted, NULL as null.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        float f => $"float {BitConverter.SingleToInt32Bits(f):X8} ({f:R})",
        string s => $"\"{s}\"",
        _ => throw new ArgumentException($"unexpected {value.GetType().Name} read back"),
    };

    private static async Task<IEnumerable<string?>> Column(ParquetRowGroupReader group, DataField field, int rows)
    {
        if (field.ClrType == typeof(float) && !field.IsNullable)
        {
            var values = new float[rows];
            await group.ReadAsync(field, values.AsMemory());
            return values.Select(v => Text(v));
        }
        if (field.ClrType == typeof(float))
        {
            var values = new float?[rows];
            await group.ReadAsync(field, values.AsMemory());
            return values.Select(v => Text(v));
        }
        var strings = new string?[rows];
        await group.ReadAsync(field, strings.AsMemory());
        return strings.Select(Text);
    }
}
