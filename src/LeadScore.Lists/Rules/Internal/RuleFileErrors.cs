namespace LeadScore.Lists.Rules.Internal;

/// <summary>The messages of a rules file that cannot be used, each written once.</summary>
internal static class RuleFileErrors
{
    public static ListException Refused(string source, IReadOnlyList<RuleFinding> findings)
    {
        var errors = findings.Where(f => f.Severity == FindingSeverity.Error).ToArray();
        var first = errors[0];
        var more = errors.Length > 1 ? $" ({errors.Length - 1} more error(s))" : "";
        return new ListException($"{source} line {first.Line}, column {first.Column}: {first.Field}: {first.Message}{more}; fix the rules file (leadscore rules check lists every problem).");
    }

    public static ListException Missing(string path) =>
        new($"{path}: no such rules file; check the path (relative paths start at {Directory.GetCurrentDirectory()}).");

    public static ListException Unreadable(string path, Exception e) =>
        new($"{path}: the rules file cannot be read ({e.Message.ReplaceLineEndings(" ")}); check the path and its permissions.", e);

    public static byte[] ReadBytes(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw Missing(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Unreadable(path, e);
        }
    }
}
