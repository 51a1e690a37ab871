using System.Data.Common;
using Npgsql;

namespace LeadScore.Warehouse.Postgres;

/// <summary>Npgsql's own form: <c>Host=...;Port=...;Database=...;Username=...;Password=...</c>.</summary>
public sealed partial class PostgresAddress
{
    private static NpgsqlConnectionStringBuilder FromKeyValues(string db, string source)
    {
        var shown = ShownKeyValues(db);
        var pairs = new DbConnectionStringBuilder();
        try { pairs.ConnectionString = db; }
        catch (ArgumentException) { throw WarehouseException.UnparsableConnectionString(source, shown); }
        if (pairs.Count == 0) throw WarehouseException.UnparsableConnectionString(source, shown);

        var builder = new NpgsqlConnectionStringBuilder();
        foreach (string key in pairs.Keys)
        {
            if (!IsNpgsqlKeyword(key)) throw WarehouseException.UnknownPostgresParameter(source, shown, key);
            try { builder[key] = pairs[key]; }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                throw key.Equals("port", StringComparison.OrdinalIgnoreCase)
                    ? WarehouseException.BadPostgresPort(source, shown)
                    : WarehouseException.BadPostgresParameter(source, shown, key);
            }
        }
        return builder;
    }

    private static bool IsNpgsqlKeyword(string key)
    {
        try { return new NpgsqlConnectionStringBuilder().ContainsKey(key); }
        catch (ArgumentException) { return false; }
    }
}
