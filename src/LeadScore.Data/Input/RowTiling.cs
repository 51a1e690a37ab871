using DuckDB.NET.Data;

namespace LeadScore.Data.Input;

/// <summary>Repeats a Parquet file's rows until it has a given number, for benchmarks at production scale.</summary>
public static class RowTiling
{
    /// <summary>
    /// Writes <paramref name="rows"/> rows to <paramref name="target"/>: copy k of every row gets id
    /// "&lt;id&gt;_k" so ids stay unique.
    /// </summary>
    public static void WriteParquet(string source, string target, long rows, string idColumn = "lead_id")
    {
        var file = InputFile.Recognise(source);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {file.TableFunction}";
        long n = Convert.ToInt64(command.ExecuteScalar());
        long copies = (rows + n - 1) / n;
        var id = Sql.Identifier(idColumn);
        command.CommandText =
            $"COPY (SELECT * REPLACE ({id} || '_' || copy AS {id}) FROM (SELECT t.*, r.copy FROM {file.TableFunction} t, " +
            $"range({copies}) r(copy)) LIMIT {rows}) TO {Sql.Literal(target)} (FORMAT parquet)";
        command.ExecuteNonQuery();
    }
}
