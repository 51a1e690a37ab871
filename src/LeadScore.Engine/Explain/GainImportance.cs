using LeadScore.Engine.Model;

namespace LeadScore.Engine.Explain;

/// <summary>One feature's split statistics over the whole ensemble.</summary>
/// <param name="Feature">The model's feature name.</param>
/// <param name="Splits">How many internal nodes split on it.</param>
/// <param name="TotalGain">Sum of the loss reductions of those splits.</param>
public sealed record FeatureGain(string Feature, int Splits, double TotalGain)
{
    /// <summary>Mean gain per split: what xgboost's <c>get_score(importance_type="gain")</c> reports.</summary>
    public double GainPerSplit => Splits == 0 ? 0 : TotalGain / Splits;
}

/// <summary>Split-gain importance read from the trees (the training library's recorded loss reductions).</summary>
public static class GainImportance
{
    /// <summary>One entry per model feature, in model order; null when the model file records no split gains.</summary>
    public static IReadOnlyList<FeatureGain>? Compute(TreeEnsemble model)
    {
        if (model.Trees.Any(t => t.Gain is null && t.NodeCount > 1)) return null;
        var splits = new int[model.FeatureNames.Count];
        var gain = new double[model.FeatureNames.Count];
        foreach (var tree in model.Trees)
            for (int n = 0; n < tree.NodeCount; n++)
            {
                if (tree.IsLeaf(n)) continue;
                splits[tree.Feature[n]]++;
                gain[tree.Feature[n]] += tree.Gain![n];
            }
        return model.FeatureNames.Select((name, f) => new FeatureGain(name, splits[f], gain[f])).ToArray();
    }
}
