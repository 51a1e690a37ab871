using Npgsql;

namespace LeadScore.Tests.Support;

/// <summary>A database of its own for one test on <see cref="PostgresServer"/>; dispose drops it, closing whatever is still connected.</summary>
public sealed class PostgresDatabase : IDisposable
{
    internal PostgresDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>An open connection to this database.</summary>
    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        // Pooled connections to a dropped database would fail the next test that drew one.
        using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        PostgresServer.Administer($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
