namespace LeadScore.Lists.Rules;

/// <summary>
/// A flag input the list builder derives from the title by patterns (<c>is_hv_wealth_title</c>); '*' in a pattern
/// stands for any characters.
/// </summary>
public sealed record Signal(string Input, IReadOnlyList<string> Patterns);
