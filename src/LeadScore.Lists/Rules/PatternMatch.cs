namespace LeadScore.Lists.Rules;

/// <summary>How a firm or title pattern is matched against the upper-cased text.</summary>
public enum PatternMatch
{
    /// <summary>The pattern must stand as whole words: 'UBS' does not match 'SUBSIDIARY'.</summary>
    Word,

    /// <summary>The pattern may appear anywhere, as in the original SQL ('LPL' matches 'HELPLINE').</summary>
    Substring,
}
