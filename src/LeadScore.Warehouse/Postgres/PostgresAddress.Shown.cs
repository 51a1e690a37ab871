using System.Text.RegularExpressions;

namespace LeadScore.Warehouse.Postgres;

/// <summary>
/// What the user typed, as messages show it: every password, and the value of every key or parameter this reader
/// does not know (it may be a misspelt password), replaced by <c>***</c>. Deliberately wider than the parsers, so
/// that a password holding characters that should have been escaped never shows, even in pieces.
/// </summary>
public sealed partial class PostgresAddress
{
    /// <summary>The URL with everything between the user name and the last '@' hidden, and all after a password parameter.</summary>
    private static string ShownUrl(string db)
    {
        var start = db.IndexOf("://", StringComparison.Ordinal) + 3;
        var at = db.LastIndexOf('@');
        if (at >= start && db.IndexOf(':', start, at - start) is var colon and >= 0)
            db = db[..(colon + 1)] + "***" + db[at..];
        if (PasswordParameter().Match(db) is { Success: true } password) db = db[..(password.Index + password.Length)] + "***";
        return UrlParameter().Replace(db, m =>
        {
            var name = m.Groups["name"].Value;
            return UrlParameters.ContainsKey(name) || IsNpgsqlKeyword(name) || IsPasswordName(name) ? m.Value : $"{m.Groups["lead"].Value}{name}=***";
        });
    }

    /// <summary>The connection string with password values and unknown keys' values hidden; a quote left open hides all after it.</summary>
    private static string ShownKeyValues(string db) => KeyValuePair().Replace(db, m =>
    {
        var key = m.Groups["key"].Value;
        return IsPasswordName(key) || !IsNpgsqlKeyword(key) ? m.Groups["lead"].Value + key + m.Groups["equals"].Value + "***" : m.Value;
    });

    private static bool IsPasswordName(string name)
    {
        var plain = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return plain.Contains("pass", StringComparison.Ordinal) || plain.Contains("pw", StringComparison.Ordinal) || plain.Contains("psw", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[?&][^=&]*(?:pass|pw|psw)[^=&]*=", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordParameter();

    [GeneratedRegex(@"(?<lead>[?&])(?<name>[^=&]*)=[^&]*")]
    private static partial Regex UrlParameter();

    [GeneratedRegex("""(?<lead>(?:^|;)\s*)(?<key>[^=;]+?)(?<equals>\s*=\s*)(?<value>"(?:[^"]|"")*"|'(?:[^']|'')*'|["'].*$|[^;]*)""")]
    private static partial Regex KeyValuePair();
}
