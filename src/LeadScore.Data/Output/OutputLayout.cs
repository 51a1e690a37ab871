using System.Collections.Concurrent;
using System.Globalization;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Schema;

namespace LeadScore.Data.Output;

/// <summary>
/// The columns of a scores file: the id, <c>margin</c>, <c>probability</c>, <c>calibrated_probability</c> when the
/// model has a calibrator; with SHAP one <c>shap_&lt;feature&gt;</c>
/// per model feature and <c>shap_bias</c>; with top-k, <c>top{i}_feature</c>, <c>top{i}_value</c> (the input value,
/// as its category label for a categorical feature) and <c>top{i}_contribution</c>.
/// </summary>
public sealed class OutputLayout
{
    public OutputLayout(string idColumn, IReadOnlyList<FeatureSpec> features, bool shap, int topK, Func<float, float, float>? calibrate = null)
    {
        Calibrate = calibrate;
        IdColumn = idColumn;
        Features = features;
        Shap = shap;
        TopK = topK;
        valueText = features.Select(_ => new ConcurrentDictionary<int, string>()).ToArray();
    }

    public string IdColumn { get; }

    public IReadOnlyList<FeatureSpec> Features { get; }

    public bool Shap { get; }

    public int TopK { get; }

    /// <summary>Maps (margin, probability) to a calibrated probability; null when the model has no calibrator.</summary>
    public Func<float, float, float>? Calibrate { get; }

    public IEnumerable<string> ShapColumns =>
        Features.Select(f => $"shap_{f.Name}").Append("shap_bias");

    public IEnumerable<string> ColumnNames
    {
        get
        {
            yield return IdColumn;
            yield return "margin";
            yield return "probability";
            if (Calibrate is not null) yield return "calibrated_probability";
            if (Shap)
                foreach (var c in ShapColumns) yield return c;
            for (int k = 1; k <= TopK; k++)
            {
                yield return $"top{k}_feature";
                yield return $"top{k}_value";
                yield return $"top{k}_contribution";
            }
        }
    }

    /// <summary>The feature name of a reason, or null when the row had fewer non-zero contributions than k.</summary>
    public string? ReasonFeature(ReasonCode reason) => reason.Feature < 0 ? null : Features[reason.Feature].Name;

    /// <summary>A reason's input value as text: the category label for categorical features, else the number.</summary>
    public string? ReasonValue(ReasonCode reason)
    {
        if (reason.Feature < 0) return null;
        if (float.IsNaN(reason.Value)) return "missing";
        // Values repeat (flags, counts, codes): each distinct one is formatted once, up to a bound per feature.
        var cache = valueText[reason.Feature];
        int bits = BitConverter.SingleToInt32Bits(reason.Value);
        if (cache.TryGetValue(bits, out var text)) return text;
        text = Features[reason.Feature].Label(reason.Value) ?? reason.Value.ToString(CultureInfo.InvariantCulture);
        if (cache.Count < MaxCachedValues) cache.TryAdd(bits, text);
        return text;
    }

    private const int MaxCachedValues = 50_000;
    // Keyed by the value's bits: -0 and 0 compare equal as floats but read differently, and which of them came first
    // must not decide the text of the other.
    private readonly ConcurrentDictionary<int, string>[] valueText;
}
