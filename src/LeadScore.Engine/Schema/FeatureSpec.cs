namespace LeadScore.Engine.Schema;

/// <summary>
/// How one model feature is read from an input row: the column it comes from, its category codes when it is
/// categorical (the codes the model was trained with, never refitted on the batch), and its NULL policy.
/// </summary>
public sealed class FeatureSpec
{
    public FeatureSpec(string name, string? column = null, IReadOnlyDictionary<string, int>? categories = null,
        NullPolicy? nulls = null, bool unseenAsNull = false, float? minimum = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a feature needs a name");
        if (unseenAsNull && (categories is null || nulls is null || nulls.Handling == NullHandling.Reject))
            throw new ArgumentException($"feature '{name}': unseen labels can be read as NULL only for a categorical feature whose null policy is not 'reject'");
        Name = name;
        Column = string.IsNullOrWhiteSpace(column) ? name : column;
        Categories = categories;
        labels = categories?.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.First().Key);
        Nulls = nulls ?? NullPolicy.Reject;
        UnseenAsNull = unseenAsNull;
        if (minimum is { } m && (categories is not null || !float.IsFinite(m)))
            throw new ArgumentException($"feature '{name}': a minimum is a finite number and applies only to a numeric feature");
        Minimum = minimum;
    }

    /// <summary>
    /// The smallest value the feature takes in the domain (0 for counts, tenures, days), or that training ever saw;
    /// null when unknown. A lower value in an input is scored, and reported with its count as a warning.
    /// </summary>
    public float? Minimum { get; }

    /// <summary>This feature with <see cref="Minimum"/> set.</summary>
    public FeatureSpec WithMinimum(float? minimum) => new(Name, Column, Categories, Nulls, UnseenAsNull, minimum);

    /// <summary>The model's feature name.</summary>
    public string Name { get; }

    /// <summary>The input column the value comes from (the feature name unless the schema says otherwise).</summary>
    public string Column { get; }

    /// <summary>Label → code for a categorical feature; null for a numeric one.</summary>
    public IReadOnlyDictionary<string, int>? Categories { get; }

    public NullPolicy Nulls { get; }

    /// <summary>
    /// A label outside <see cref="Categories"/> is read as NULL (and then follows <see cref="Nulls"/>) instead of
    /// failing the input. Models trained here set it: a label TRAIN never held carries no learned meaning.
    /// </summary>
    public bool UnseenAsNull { get; }

    public bool IsCategorical => Categories is not null;

    /// <summary>The label of a code, for explanations (e.g. 2 → "120+").</summary>
    public string? Label(float code) =>
        labels is not null && code == MathF.Floor(code) && labels.TryGetValue((int)code, out var label) ? label : null;

    private readonly Dictionary<int, string>? labels;
}
