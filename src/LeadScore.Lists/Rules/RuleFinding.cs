namespace LeadScore.Lists.Rules;

/// <summary>How bad a finding is: an error refuses the file, a warning does not.</summary>
public enum FindingSeverity
{
    Error,
    Warning,
}

/// <summary>One problem a check found in a rules file, where it is and which field.</summary>
/// <param name="Severity">Error (the file is refused) or warning.</param>
/// <param name="Line">The line, counted from 1.</param>
/// <param name="Column">The column, counted from 1.</param>
/// <param name="Field">The field's path, e.g. <c>tiers.TIER_1_PRIME_MOVER.when.tenure_years</c>.</param>
/// <param name="Message">What is wrong and what to write instead.</param>
public sealed record RuleFinding(FindingSeverity Severity, int Line, int Column, string Field, string Message)
{
    /// <summary>The finding as one line: <c>rules.yaml:12:7: error: field: message</c>.</summary>
    public string Describe(string source) =>
        $"{source}:{Line}:{Column}: {(Severity == FindingSeverity.Error ? "error" : "warning")}: {Field}: {Message}";
}
