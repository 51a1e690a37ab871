using System.Text;

namespace LeadScore.Lists.Rules;

/// <summary>
/// Checks a rules file and lists every finding (errors and warnings, with line, column and field), where reading it
/// stops at the first error.
/// </summary>
public static class RuleCheck
{
    /// <summary>Every finding in the file at <paramref name="path"/>, in line order.</summary>
    /// <exception cref="ListException">The file is missing or cannot be read.</exception>
    public static IReadOnlyList<RuleFinding> File(string path) => RuleSet.Check(Internal.RuleFileErrors.ReadBytes(path), path).Findings;

    /// <summary>Every finding in <paramref name="text"/>, in line order.</summary>
    public static IReadOnlyList<RuleFinding> Text(string text, string sourceName) => RuleSet.Check(Encoding.UTF8.GetBytes(text), sourceName).Findings;

    /// <summary>Every finding in the built-in rules file (none, as shipped).</summary>
    public static IReadOnlyList<RuleFinding> Builtin() => Text(RuleSet.BuiltinText(), $"{RuleSet.BuiltinName} (built in)");
}
