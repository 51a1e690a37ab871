using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace LeadScore.Warehouse.Postgres;

/// <summary>
/// URLs as libpq reads them: <c>postgres[ql]://[user[:password]@][host[:port][,...]][/database][?param=value&amp;...]</c>,
/// every part percent-decoded, a Unix-socket folder as <c>?host=/path</c> or a percent-encoded host.
/// </summary>
public sealed partial class PostgresAddress
{
    /// <summary>libpq's URL parameters and the Npgsql keyword each becomes; other names are taken as Npgsql keywords.</summary>
    private static readonly Dictionary<string, string> UrlParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "Host", ["port"] = "Port", ["dbname"] = "Database", ["user"] = "Username", ["password"] = "Password",
        ["passfile"] = "Passfile", ["sslmode"] = "SSL Mode", ["sslrootcert"] = "Root Certificate", ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key", ["sslpassword"] = "SSL Password", ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout", ["options"] = "Options", ["target_session_attrs"] = "Target Session Attributes",
        ["channel_binding"] = "Channel Binding", ["gssencmode"] = "GSS Encryption Mode", ["krbsrvname"] = "Kerberos Service Name",
    };

    private static NpgsqlConnectionStringBuilder FromUrl(string db, string source)
    {
        var shown = ShownUrl(db);
        var separator = db.IndexOf("://", StringComparison.Ordinal);
        var scheme = db[..separator];
        if (!IsUrl(db)) throw WarehouseException.NotPostgresScheme(source, shown, scheme);
        string Decode(string part) =>
            BadEscape().IsMatch(part) ? throw WarehouseException.BadPostgresEscape(source, shown) : Uri.UnescapeDataString(part);

        var rest = db[(separator + 3)..];
        // libpq ends the password at the first '@' before any '/': one more '@', or one after a '/' or '?', means the
        // password (or user) holds characters that needed escaping, and any reading of it would be a guess.
        var firstEnd = rest.IndexOfAny(['/', '?']);
        if (rest.Count(c => c == '@') > 1 || (firstEnd >= 0 && rest.IndexOf('@', firstEnd) >= 0))
            throw WarehouseException.UnescapedPostgresCredentials(source, shown);

        var builder = new NpgsqlConnectionStringBuilder();
        var query = "";
        if (rest.IndexOf('?') is var q and >= 0) (rest, query) = (rest[..q], rest[(q + 1)..]);

        // As libpq does: credentials end at the first '@' that comes before any '/'.
        var credentialsEnd = rest.IndexOfAny(['@', '/']);
        if (credentialsEnd >= 0 && rest[credentialsEnd] == '@')
        {
            var credentials = rest[..credentialsEnd];
            rest = rest[(credentialsEnd + 1)..];
            var colon = credentials.IndexOf(':');
            if ((colon < 0 ? credentials : credentials[..colon]) is { Length: > 0 } user) builder.Username = Decode(user);
            if (colon >= 0) builder.Password = Decode(credentials[(colon + 1)..]);
        }

        var slash = rest.IndexOf('/');
        var hosts = slash < 0 ? rest : rest[..slash];
        if (slash >= 0 && rest[(slash + 1)..] is { Length: > 0 } database) builder.Database = Decode(database);
        if (hosts.Length > 0) SetHosts(builder, hosts.Split(',').Select(h => SplitHost(h, Decode, source, shown)).ToList());

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            if (equals < 0)
                throw UrlParameters.ContainsKey(name) ? WarehouseException.BadPostgresParameter(source, shown, name) : WarehouseException.UnknownPostgresParameter(source, shown, name);
            SetParameter(builder, name, Decode(pair[(equals + 1)..]), source, shown);
        }
        return builder;
    }

    private static (string Host, int? Port) SplitHost(string entry, Func<string, string> decode, string source, string shown)
    {
        string host, port;
        if (entry.StartsWith('['))
        {
            var close = entry.IndexOf(']');
            if (close < 0) throw WarehouseException.NoPostgresHost(source, shown);
            var after = entry[(close + 1)..];
            if (after.Length > 0 && after[0] != ':') throw WarehouseException.BadPostgresPort(source, shown);
            (host, port) = (entry[1..close], after.Length > 0 ? after[1..] : "");
        }
        else
        {
            var colon = entry.IndexOf(':');
            (host, port) = colon < 0 ? (entry, "") : (entry[..colon], entry[(colon + 1)..]);
        }
        if (host.Length == 0) throw WarehouseException.NoPostgresHost(source, shown);
        return (decode(host), port.Length == 0 ? null : ParsePort(port, source, shown));
    }

    private static void SetHosts(NpgsqlConnectionStringBuilder builder, List<(string Host, int? Port)> hosts)
    {
        if (hosts.Count == 1)
        {
            builder.Host = hosts[0].Host;
            if (hosts[0].Port is { } port) builder.Port = port;
            return;
        }
        // Npgsql's multi-host form: each host with its own port.
        builder.Host = string.Join(",", hosts.Select(h => $"{(h.Host.Contains(':') ? $"[{h.Host}]" : h.Host)}:{h.Port ?? DefaultPort}"));
    }

    private static void SetParameter(NpgsqlConnectionStringBuilder builder, string name, string value, string source, string shown)
    {
        if (name.Equals("port", StringComparison.OrdinalIgnoreCase)) { builder.Port = ParsePort(value, source, shown); return; }
        if (name.Equals("sslmode", StringComparison.OrdinalIgnoreCase)) value = value.Replace("-", "", StringComparison.Ordinal);
        var keyword = UrlParameters.GetValueOrDefault(name, name);
        try { builder[keyword] = value; }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            throw UrlParameters.ContainsKey(name) || IsNpgsqlKeyword(keyword)
                ? WarehouseException.BadPostgresParameter(source, shown, name)
                : WarehouseException.UnknownPostgresParameter(source, shown, name);
        }
    }

    private static int ParsePort(string text, string source, string shown) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? port
            : throw WarehouseException.BadPostgresPort(source, shown);

    [GeneratedRegex(@"%(?![0-9A-Fa-f]{2})")]
    private static partial Regex BadEscape();
}
