using Npgsql;

namespace LeadScore.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the tests. <c>run-tests</c> starts a throwaway cluster and names it in
/// <c>$LEADSCORE_TEST_POSTGRES</c> (or says in <c>$LEADSCORE_TEST_POSTGRES_UNAVAILABLE</c> why it could not); when
/// neither is set, as when <c>dotnet test</c> runs directly, the first test that asks starts a cluster of its own the
/// same way (<see cref="ThrowawayCluster"/>), stopped and deleted when the test process exits. Tests that need the
/// server call <c>Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason)</c>.
/// </summary>
public static class PostgresServer
{
    /// <summary>An Npgsql connection string for a login that may create databases (set by <c>run-tests</c>).</summary>
    public const string EnvironmentVariable = "LEADSCORE_TEST_POSTGRES";

    /// <summary>Why <c>run-tests</c> could not start a cluster (set instead of <see cref="EnvironmentVariable"/>).</summary>
    public const string UnavailableVariable = "LEADSCORE_TEST_POSTGRES_UNAVAILABLE";

    private static readonly Lazy<(string? ConnectionString, string Reason)> Located = new(Locate);

    /// <summary>Whether a server is there to test against.</summary>
    public static bool Available => Located.Value.ConnectionString is not null;

    /// <summary>Why <see cref="Available"/> is false: what was tried and what failed.</summary>
    public static string SkipReason => Located.Value.Reason;

    /// <summary>The connection string of the server's administrative database (<c>postgres</c>).</summary>
    /// <exception cref="InvalidOperationException">No server is available.</exception>
    public static string ConnectionString => Located.Value.ConnectionString ?? throw new InvalidOperationException(SkipReason);

    /// <summary>A new, empty database with a unique name, dropped (with its connections) on dispose.</summary>
    public static PostgresDatabase NewDatabase()
    {
        var name = "leadscore_test_" + Guid.NewGuid().ToString("N");
        Administer($"CREATE DATABASE {name}");
        return new PostgresDatabase(name, new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString);
    }

    internal static void Administer(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static (string? ConnectionString, string Reason) Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given) return (given, string.Empty);
        if (Environment.GetEnvironmentVariable(UnavailableVariable) is { Length: > 0 } why)
            return (null, $"PostgreSQL tests skipped: run-tests could not start a cluster: {why}");

        var (cluster, reason) = ThrowawayCluster.TryStart();
        if (cluster is null) return (null, $"PostgreSQL tests skipped: no ${EnvironmentVariable}, and starting a throwaway cluster failed: {reason}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return (cluster.ConnectionString, string.Empty);
    }
}
