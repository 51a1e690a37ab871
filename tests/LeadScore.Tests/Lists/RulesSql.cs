using DuckDB.NET.Data;

namespace LeadScore.Tests.Lists;

/// <summary>Runs compiled rule SQL in an in-memory DuckDB.</summary>
internal static class RulesSql
{
    public static T? Scalar<T>(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<object?[]> Rows(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }

    /// <summary>A VARCHAR literal, or NULL.</summary>
    public static string Text(string? value) => value is null ? "CAST(NULL AS VARCHAR)" : $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
