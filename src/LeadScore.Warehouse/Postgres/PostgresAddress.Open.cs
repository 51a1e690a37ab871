using System.Net.Sockets;
using Npgsql;

namespace LeadScore.Warehouse.Postgres;

/// <summary>Opening a connection, with the reasons a server can give turned into one line each.</summary>
public sealed partial class PostgresAddress
{
    /// <summary>An open connection to the database <paramref name="db"/> names (a URL or a connection string).</summary>
    public static NpgsqlConnection Open(string db) => Parse(db).Open();

    /// <summary>An open connection to this database; a refused connection, an unknown database or a refused login is a <see cref="WarehouseException"/>.</summary>
    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException or IOException)
        {
            connection.Dispose();
            throw Refusal(e);
        }
    }

    private WarehouseException Refusal(Exception e)
    {
        var server = ToString();
        return e switch
        {
            PostgresException { SqlState: "3D000" } p => WarehouseException.NoPostgresDatabase(Source, server, p.MessageText, e),
            PostgresException { SqlState: "28P01" or "28000" } p => WarehouseException.PostgresLoginRefused(Source, server, p.MessageText, e),
            PostgresException p => WarehouseException.PostgresUnopenable(Source, server, p.MessageText, e),
            NpgsqlException when e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) =>
                WarehouseException.PostgresLoginRefused(Source, server, e.Message, e),
            _ when Innermost<SocketException>(e) is { } socket => WarehouseException.PostgresUnreachable(Source, server, socket.Message, e),
            _ when Innermost<TimeoutException>(e) is not null => WarehouseException.PostgresUnreachable(Source, server, "no answer before the timeout", e),
            _ => WarehouseException.PostgresUnopenable(Source, server, e.Message, e),
        };
    }

    private static T? Innermost<T>(Exception e) where T : Exception
    {
        T? found = null;
        for (Exception? current = e; current is not null; current = current.InnerException)
            if (current is T match) found = match;
        return found;
    }
}
