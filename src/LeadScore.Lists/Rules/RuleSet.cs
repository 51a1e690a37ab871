using System.Security.Cryptography;
using System.Text;
using LeadScore.Lists.Rules.Internal;

namespace LeadScore.Lists.Rules;

/// <summary>
/// The V3 tier rules and the exclusions of a lead list, read from a versioned rules file (YAML; the built-in
/// <c>v3.2.5.yaml</c> holds the January 2026 rules) and compiled to SQL by the methods in <c>RuleSet.Sql.cs</c>.
/// A rule set is immutable; one read from a file with any error is refused.
/// </summary>
public sealed partial class RuleSet
{
    /// <summary>The name of the built-in rules file.</summary>
    public const string BuiltinName = "v3.2.5.yaml";

    private const string BuiltinResource = "rules.v3.2.5.yaml";

    internal RuleSet(string version, string description, PatternMatch match, IReadOnlyList<Definition> definitions, IReadOnlyList<TierRule> tiers,
        DefaultTier fallback, IReadOnlyList<RetiredTier> retired, IReadOnlyList<Signal> signals, Exclusions exclusions, string source, string sha256)
    {
        Version = version;
        Description = description;
        Match = match;
        Definitions = definitions;
        Tiers = tiers;
        Default = fallback;
        Retired = retired;
        Signals = signals;
        Exclusions = exclusions;
        Source = source;
        Sha256 = sha256;
    }

    /// <summary>The rules' version, e.g. <c>v3.2.5</c>.</summary>
    public string Version { get; }

    public string Description { get; }

    /// <summary>How the file asks its patterns to be matched (the SQL methods take the mode as a parameter).</summary>
    public PatternMatch Match { get; }

    public IReadOnlyList<Definition> Definitions { get; }

    /// <summary>The tiers, in the order they are tried (first match wins).</summary>
    public IReadOnlyList<TierRule> Tiers { get; }

    /// <summary>The tier of prospects no rule matches.</summary>
    public DefaultTier Default { get; }

    /// <summary>Tiers kept for the record and never evaluated.</summary>
    public IReadOnlyList<RetiredTier> Retired { get; }

    public IReadOnlyList<Signal> Signals { get; }

    public Exclusions Exclusions { get; }

    /// <summary>Where the rules were read from: a path, or <c>v3.2.5.yaml (built in)</c>.</summary>
    public string Source { get; }

    /// <summary>The SHA-256 of the file's bytes, lower-case hex, so a list can record exactly which rules made it.</summary>
    public string Sha256 { get; }

    /// <summary>The January 2026 rules (V3.2.5) and exclusions, embedded in this assembly.</summary>
    public static RuleSet Builtin() => Parse(BuiltinText(), $"{BuiltinName} (built in)");

    /// <summary>Reads a rules file.</summary>
    /// <exception cref="ListException">The file is missing or unreadable, or has an error (the message names the line and field).</exception>
    public static RuleSet Read(string path) => FromBytes(RuleFileErrors.ReadBytes(path), path);

    /// <summary>Reads rules from text; <paramref name="sourceName"/> names them in messages.</summary>
    /// <exception cref="ListException">The text has an error (the message names the line and field).</exception>
    public static RuleSet Parse(string text, string sourceName) => FromBytes(Encoding.UTF8.GetBytes(text), sourceName);

    internal static string BuiltinText()
    {
        using var stream = typeof(RuleSet).Assembly.GetManifestResourceStream(BuiltinResource)
            ?? throw new InvalidOperationException($"{BuiltinName} is not embedded in LeadScore.Lists");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static (RuleSet? Rules, IReadOnlyList<RuleFinding> Findings) Check(byte[] bytes, string sourceName) =>
        RuleFileReader.Read(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), sourceName, Convert.ToHexStringLower(SHA256.HashData(bytes)));

    private static RuleSet FromBytes(byte[] bytes, string sourceName)
    {
        var (rules, findings) = Check(bytes, sourceName);
        return rules ?? throw RuleFileErrors.Refused(sourceName, findings);
    }
}
