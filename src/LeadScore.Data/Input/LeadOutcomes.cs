using DuckDB.NET.Data;

namespace LeadScore.Data.Input;

/// <summary>A lead's contact date and whether it converted, read from a leads file by id.</summary>
public sealed record LeadOutcome(string LeadId, DateOnly ContactedDate, int Target);

/// <summary>Reads <see cref="LeadOutcome"/>s (id, contact date, 0/1 target) from a Parquet or CSV file.</summary>
public static class LeadOutcomes
{
    public static IReadOnlyDictionary<string, LeadOutcome> Read(string path, string idColumn = "lead_id",
        string dateColumn = "contacted_date", string targetColumn = "target")
    {
        var file = InputFile.Recognise(path);
        using var connection = file.Connect();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText =
                $"SELECT CAST({Sql.Identifier(idColumn)} AS VARCHAR), CAST({Sql.Identifier(dateColumn)} AS DATE), " +
                $"CAST({Sql.Identifier(targetColumn)} AS INTEGER) FROM {file.TableFunction}";
            using var reader = command.ExecuteReader();
            var outcomes = new Dictionary<string, LeadOutcome>();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                outcomes[id] = new LeadOutcome(id, reader.GetFieldValue<DateOnly>(1), reader.GetInt32(2));
            }
            return outcomes;
        }
        catch (DuckDBException e)
        {
            throw DataFileException.Unreadable(path, e.Message, e);
        }
    }
}
