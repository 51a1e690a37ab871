using System.Text.RegularExpressions;
using Npgsql;

namespace LeadScore.Warehouse.Postgres;

/// <summary>
/// A PostgreSQL database as a user names it with <c>--db</c> or <c>$LEADSCORE_POSTGRES</c>: a
/// <c>postgres://</c> or <c>postgresql://</c> URL in libpq's form, or an Npgsql Key=Value connection string.
/// <see cref="ToString"/> names host, port and database and never the password.
/// </summary>
public sealed partial class PostgresAddress
{
    /// <summary>The environment variable that names the PostgreSQL database when <c>--db</c> does not.</summary>
    public const string EnvironmentVariable = "LEADSCORE_POSTGRES";

    private const int DefaultPort = 5432;

    private PostgresAddress(NpgsqlConnectionStringBuilder builder, string source)
    {
        ConnectionString = builder.ConnectionString;
        Host = builder.Host!;
        Port = builder.Port;
        Database = builder.Database ?? builder.Username ?? "";
        Source = source;
    }

    /// <summary>The Npgsql connection string, password included: never print it.</summary>
    public string ConnectionString { get; }

    /// <summary>The host name, address or Unix-socket folder (several, comma-separated, when the address lists several).</summary>
    public string Host { get; }

    public int Port { get; }

    /// <summary>The database; empty when neither it nor a user is named (the server then picks the login's name).</summary>
    public string Database { get; }

    /// <summary>Where the address came from, for messages: <c>--db</c> or <c>$LEADSCORE_POSTGRES</c>.</summary>
    public string Source { get; }

    /// <summary>Whether <paramref name="db"/> names a PostgreSQL database rather than a DuckDB file.</summary>
    public static bool Looks(string db) => IsUrl(db) || HostKey().IsMatch(db);

    /// <summary>Reads a URL or a Key=Value connection string; bad input is a <see cref="WarehouseException"/> that names <paramref name="source"/>.</summary>
    public static PostgresAddress Parse(string db, string source = "--db")
    {
        var builder = IsUrl(db) || Scheme().IsMatch(db) ? FromUrl(db, source) : FromKeyValues(db, source);
        var shown = Shown(db);
        if (string.IsNullOrWhiteSpace(builder.Host)) throw WarehouseException.NoPostgresHost(source, shown);
        if (builder.Port is < 1 or > 65535) throw WarehouseException.BadPostgresPort(source, shown);
        return new PostgresAddress(builder, source);
    }

    /// <summary>The address in <c>$LEADSCORE_POSTGRES</c>, or null when it is unset or empty.</summary>
    public static PostgresAddress? FromEnvironment() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } db ? Parse(db, "$" + EnvironmentVariable) : null;

    /// <summary>Host, port and database, e.g. <c>db.example.com:5432/leadscore</c>.</summary>
    public override string ToString() => $"{Host}:{Port}/{Database}";

    /// <summary>What the user typed, with every password replaced by <c>***</c>, for messages.</summary>
    internal static string Shown(string db) => IsUrl(db) || Scheme().IsMatch(db) ? ShownUrl(db) : ShownKeyValues(db);

    private static bool IsUrl(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(^|;)\s*host\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HostKey();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*://")]
    private static partial Regex Scheme();
}
