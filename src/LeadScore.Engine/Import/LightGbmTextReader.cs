using System.Globalization;
using LeadScore.Engine.Model;

namespace LeadScore.Engine.Import;

/// <summary>
/// Reads LightGBM text models (binary objective, numeric splits). LightGBM sends a row left when
/// <c>x &lt;= threshold</c> in double; the reader turns that into the engine's float32 <c>x &lt; t</c> rule with
/// t = the float just above the largest float not exceeding the threshold, exact for every float32 input.
/// </summary>
internal static class LightGbmTextReader
{
    private const int CategoricalMask = 1, DefaultLeftMask = 2;

    public static TreeEnsemble Read(string text, string source)
    {
        var blocks = Blocks(text);
        var header = blocks.FirstOrDefault() ?? throw ScoringException.ModelUnreadable(source, "no header");
        string objective = header.GetValueOrDefault("objective", "");
        var objectiveParts = objective.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (objectiveParts.Length == 0 || objectiveParts[0] != "binary")
            throw ScoringException.ModelUnsupported(source, $"objective '{objective}' (only binary is supported)");
        if (Int(header, "num_class", 1, source) != 1 || Int(header, "num_tree_per_iteration", 1, source) != 1)
            throw ScoringException.ModelUnsupported(source, "multiclass model");
        if (header.ContainsKey("average_output"))
            throw ScoringException.ModelUnsupported(source, "random-forest model (average_output)");
        double sigmoid = objectiveParts.Skip(1).Where(p => p.StartsWith("sigmoid:", StringComparison.Ordinal))
            .Select(p => Double(p["sigmoid:".Length..], source)).DefaultIfEmpty(1.0).First();

        int maxFeature = Int(header, "max_feature_idx", -1, source);
        var names = header.TryGetValue("feature_names", out var n)
            ? n.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : Enumerable.Range(0, maxFeature + 1).Select(i => $"Column_{i}").ToArray();

        var trees = blocks.Skip(1).Where(b => b.ContainsKey("Tree"))
            .Select(b => ReadTree(b, source)).ToArray();
        if (trees.Length == 0) throw ScoringException.ModelUnreadable(source, "no 'Tree=' blocks (truncated file?)");
        if (!text.Contains("end of trees", StringComparison.Ordinal))
            throw ScoringException.ModelUnreadable(source, "no 'end of trees' line: the file is truncated");
        return new TreeEnsemble(source, ModelFormat.LightGbmText, names, trees, 0f, sigmoid,
            producer: $"LightGBM ({header.GetValueOrDefault("version", "v?")})");
    }

    private static DecisionTree ReadTree(Dictionary<string, string> b, string source)
    {
        string id = b["Tree"];
        int leaves = Int(b, "num_leaves", 0, source);
        if (leaves < 1) throw ScoringException.ModelUnreadable(source, $"tree {id} has no leaves");
        if (Int(b, "num_cat", 0, source) > 0)
            throw ScoringException.ModelUnsupported(source, $"tree {id} has a categorical split (only numeric splits are supported)");
        if (b.GetValueOrDefault("is_linear", "0") != "0")
            throw ScoringException.ModelUnsupported(source, $"tree {id} is a linear tree");
        var leafValue = Doubles(b, "leaf_value", leaves, source);
        if (leaves == 1)
            return new DecisionTree([-1], [-1], [0], [0f], [false], [leafValue[0]], [1.0]);

        int inner = leaves - 1, total = inner + leaves;
        var feature = Doubles(b, "split_feature", inner, source);
        var threshold = Doubles(b, "threshold", inner, source);
        var decision = Doubles(b, "decision_type", inner, source);
        var leftChild = Doubles(b, "left_child", inner, source);
        var rightChild = Doubles(b, "right_child", inner, source);
        var innerCount = Doubles(b, "internal_count", inner, source);
        var leafCount = Doubles(b, "leaf_count", leaves, source);
        var splitGain = b.ContainsKey("split_gain") ? Doubles(b, "split_gain", inner, source) : null;

        var t = new Tree(total);
        for (int i = 0; i < inner; i++)
        {
            int type = (int)decision[i];
            if ((type & CategoricalMask) != 0)
                throw ScoringException.ModelUnsupported(source, $"tree {id} has a categorical split");
            int missing = (type >> 2) & 3;
            if (missing == 1)
                throw ScoringException.ModelUnsupported(source, $"tree {id} treats zero as missing (zero_as_missing=true)");
            float below = FloatBelow(threshold[i]);
            t.Threshold[i] = below == float.PositiveInfinity ? below : MathF.BitIncrement(below);
            // Missing type None sends NaN where 0 would go; type NaN follows the default_left bit.
            t.DefaultLeft[i] = missing == 0 ? 0.0 <= threshold[i] : (type & DefaultLeftMask) != 0;
            t.Feature[i] = (int)feature[i];
            t.Left[i] = Child((int)leftChild[i], inner);
            t.Right[i] = Child((int)rightChild[i], inner);
            t.Cover[i] = innerCount[i];
            if (splitGain is not null) t.Gain[i] = splitGain[i];
        }
        for (int leaf = 0; leaf < leaves; leaf++)
        {
            int node = inner + leaf;
            t.Left[node] = t.Right[node] = -1;
            t.LeafValue[node] = leafValue[leaf];
            t.Cover[node] = leafCount[leaf];
        }
        return new DecisionTree(t.Left, t.Right, t.Feature, t.Threshold, t.DefaultLeft, t.LeafValue, t.Cover,
            splitGain is null ? null : t.Gain);
    }

    // LightGBM numbers leaves as ~index in the child arrays; the engine appends leaves after the inner nodes.
    private static int Child(int child, int inner) => child >= 0 ? child : inner + ~child;

    /// <summary>The largest float32 that is ≤ the double threshold.</summary>
    internal static float FloatBelow(double threshold)
    {
        float f = (float)threshold;
        return f > threshold ? MathF.BitDecrement(f) : f;
    }

    private static List<Dictionary<string, string>> Blocks(string text)
    {
        var blocks = new List<Dictionary<string, string>> { new() };
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("Tree=", StringComparison.Ordinal)) blocks.Add(new());
            if (line == "end of trees") break;
            int eq = line.IndexOf('=');
            if (eq > 0) blocks[^1][line[..eq]] = line[(eq + 1)..];
        }
        return blocks;
    }

    private static double[] Doubles(Dictionary<string, string> b, string key, int count, string source)
    {
        if (!b.TryGetValue(key, out var line))
            throw ScoringException.ModelUnreadable(source, $"tree {b["Tree"]} lacks '{key}'");
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != count)
            throw ScoringException.ModelUnreadable(source, $"tree {b["Tree"]} '{key}' has {parts.Length} values, expected {count}");
        return parts.Select(p => Double(p, source)).ToArray();
    }

    private static double Double(string s, string source) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
        : s is "inf" or "+inf" ? double.PositiveInfinity : s == "-inf" ? double.NegativeInfinity
        : throw ScoringException.ModelUnreadable(source, $"'{s}' is not a number");

    private static int Int(Dictionary<string, string> b, string key, int fallback, string source) =>
        !b.TryGetValue(key, out var s) ? fallback
        : int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
        : throw ScoringException.ModelUnreadable(source, $"'{key}={s}' is not an integer");

    private sealed class Tree(int n)
    {
        public readonly int[] Left = new int[n], Right = new int[n], Feature = new int[n];
        public readonly float[] Threshold = new float[n];
        public readonly bool[] DefaultLeft = new bool[n];
        public readonly double[] LeafValue = new double[n], Cover = new double[n], Gain = new double[n];
    }
}
