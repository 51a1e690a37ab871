namespace LeadScore.Lists.Rules;

/// <summary>
/// One way a tier can match: every one of its conditions holds. An input it does not name may take any value.
/// </summary>
/// <param name="Uses">The definition it starts from (<c>use: P1</c>), or null.</param>
/// <param name="Own">The conditions written in the alternative itself.</param>
/// <param name="Conditions">All its conditions, the definition's included, one per input.</param>
/// <param name="Line">The line of the file it was read from.</param>
public sealed record Alternative(string? Uses, IReadOnlyList<Condition> Own, IReadOnlyList<Condition> Conditions, int Line)
{
    /// <summary>True when no prospect can satisfy it (two conditions that exclude each other, or an empty range).</summary>
    public bool IsContradiction => Conditions.Any(c => c.Range.IsEmpty);

    /// <summary>True when every prospect it matches is also matched by <paramref name="other"/> (box containment).</summary>
    public bool IsWithin(Alternative other) =>
        IsContradiction || other.Conditions.All(o => Conditions.FirstOrDefault(c => c.Input == o.Input) is { } c && c.Range.IsWithin(o.Range));

    /// <summary>The alternative in words: <c>P1 and has_series_65_only</c>.</summary>
    public string Words
    {
        get
        {
            var parts = (Uses is null ? [] : new[] { Uses }).Concat(Own.Select(c => c.Words)).ToArray();
            return parts.Length == 0 ? "always" : string.Join(" and ", parts);
        }
    }

    /// <summary>Builds an alternative from a definition's conditions and its own, combining conditions on the same input.</summary>
    internal static Alternative Of(string? uses, IReadOnlyList<Condition> inherited, IReadOnlyList<Condition> own, int line)
    {
        var merged = new List<Condition>();
        foreach (var c in inherited.Concat(own))
        {
            var at = merged.FindIndex(m => m.Input == c.Input);
            if (at < 0) merged.Add(c);
            else merged[at] = merged[at].And(c);
        }
        return new(uses, own, merged, line);
    }
}
