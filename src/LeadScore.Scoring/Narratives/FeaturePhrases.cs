namespace LeadScore.Scoring.Narratives;

/// <summary>
/// The phrases of one feature, compiled: what it means, its usual direction, and a phrase for each kind of value.
/// <see cref="Pick"/> chooses, in this order: <c>missing</c> for NaN; <c>values</c> for the category label, then for the
/// exact number; <c>yes</c> for 1 and <c>no</c> for 0; <c>negative</c> for a value below 0 (shown without its sign);
/// <c>value</c> for any other number. A value none of them covers gets the generic phrase.
/// </summary>
internal sealed class FeaturePhrases(
    string means,
    UsualDirection usually,
    PhraseTemplate missing,
    PhraseTemplate? anyValue,
    PhraseTemplate? negative,
    PhraseTemplate? yes,
    PhraseTemplate? no,
    IReadOnlyDictionary<string, PhraseTemplate>? byLabel,
    IReadOnlyDictionary<double, PhraseTemplate>? byNumber)
{
    public string Means { get; } = means;

    public UsualDirection Usually { get; } = usually;

    /// <summary>The phrase for <paramref name="value"/> and the number it shows (negative values shown as their size), or null.</summary>
    public PhraseTemplate? Pick(double value, string? label, out double shown)
    {
        shown = value;
        if (double.IsNaN(value)) return missing;
        if (label is not null && byLabel is not null && byLabel.TryGetValue(label, out var forLabel)) return forLabel;
        if (byNumber is not null && byNumber.TryGetValue(value, out var forNumber)) return forNumber;
        if (value == 1 && yes is not null) return yes;
        if (value == 0 && no is not null) return no;
        if (value < 0 && negative is not null)
        {
            shown = -value;
            return negative;
        }
        return anyValue;
    }
}
