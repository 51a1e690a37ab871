using LeadScore.Tests.Support;
using Npgsql;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>The test server itself: it answers, and each test's database is its own.</summary>
public class PostgresServerTests
{
    [SkippableFact]
    public void The_server_answers_and_is_PostgreSQL()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var database = PostgresServer.NewDatabase();
        using var connection = database.Open();
        using var command = new NpgsqlCommand("select version()", connection);
        Assert.Contains("PostgreSQL", (string)command.ExecuteScalar()!);
    }

    [SkippableFact]
    public void New_databases_are_isolated_and_dropped_on_dispose()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        string firstName;
        using (var first = PostgresServer.NewDatabase())
        using (var second = PostgresServer.NewDatabase())
        {
            firstName = first.Name;
            Assert.NotEqual(first.Name, second.Name);
            using (var connection = first.Open()) Execute(connection, "CREATE TABLE only_here (x int); INSERT INTO only_here VALUES (1)");
            using (var connection = second.Open())
            {
                Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'"));
                Execute(connection, "CREATE TABLE only_here (x int)");   // the same name, no clash
            }
            using var again = first.Open();   // still connected when disposed: the drop closes it
            Assert.Equal(1L, Scalar(again, "SELECT count(*) FROM only_here"));
        }
        using var admin = new NpgsqlConnection(PostgresServer.ConnectionString);
        admin.Open();
        Assert.Equal(0L, Scalar(admin, $"SELECT count(*) FROM pg_database WHERE datname = '{firstName}'"));
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static long Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
