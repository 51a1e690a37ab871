namespace LeadScore.Tests.Lists;

/// <summary>Small hand-written rules files for the reader and checker tests (line numbers matter: see each test).</summary>
internal static class RulesText
{
    /// <summary>The smallest valid file: one tier on line 3, its <c>when</c> on line 6, the default on line 7.</summary>
    public const string Minimal = """
        version: t1
        tiers:
          - name: A
            priority: 1
            tier_rate: 0.1
            when: { tenure_years: 1..4 }
        default: { name: STANDARD, priority: 99, tier_rate: 0.025 }

        """;

    /// <summary>The minimal file with <paramref name="extra"/> appended (from line 8).</summary>
    public static string With(string extra) => Minimal + extra;
}
