namespace LeadScore.Lists.Rules;

/// <summary>
/// One condition of a tier rule: the values of one input it allows. A flag is kept as the range 1 (true) or 0
/// (false), so flags and numbers combine and compare the same way. A NULL input satisfies no condition.
/// </summary>
/// <param name="Input">The input the condition names.</param>
/// <param name="Range">The values it allows; empty when the condition contradicts itself.</param>
/// <param name="Written">The condition as the file wrote it, e.g. <c>1..4</c>, <c>&lt; 0</c>, <c>true</c>.</param>
/// <param name="Line">The line of the file it was read from.</param>
public sealed record Condition(RuleInput Input, ValueRange Range, string Written, int Line)
{
    /// <summary>The condition in words: <c>tenure_years 1 to 4</c>, <c>has_cfp</c>, <c>not is_wirehouse</c>.</summary>
    public string Words => Input.Kind == InputKind.Boolean
        ? Range.IsEmpty ? $"{Input.Name} both true and false" : Range.Low == 1 ? Input.Name : $"not {Input.Name}"
        : $"{Input.Name} {Written.Replace(">=", "≥", StringComparison.Ordinal).Replace("<=", "≤", StringComparison.Ordinal).Replace("..", " to ", StringComparison.Ordinal)}";

    /// <summary>Both conditions on the same input at once (the values both allow).</summary>
    internal Condition And(Condition other) => this with { Range = Range.Intersect(other.Range), Written = $"{Written} and {other.Written}" };
}
