using System.Globalization;
using System.Text.Json;
using LeadScore.Engine.Model;

namespace LeadScore.Engine.Import;

/// <summary>
/// Reads XGBoost JSON models (1.x–3.x): gbtree booster, binary:logistic objective, numeric splits.
/// Anything the engine cannot score exactly (categorical splits, several classes or targets, dart, other
/// objectives) is rejected with the file and the reason.
/// </summary>
internal static class XGBoostJsonReader
{
    public static TreeEnsemble Read(string text, string source)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text); }
        catch (JsonException e)
        {
            throw ScoringException.ModelUnreadable(source,
                $"invalid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine}: the file is truncated or not JSON; UBJSON models must be saved as .json");
        }
        using (doc)
        {
            try { return ReadLearner(doc.RootElement, source); }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw ScoringException.ModelUnreadable(source, $"not an XGBoost model layout ({e.Message})");
            }
        }
    }

    private static TreeEnsemble ReadLearner(JsonElement root, string source)
    {
        var learner = root.GetProperty("learner");
        string objective = learner.GetProperty("objective").GetProperty("name").GetString() ?? "";
        if (objective is not ("binary:logistic" or "reg:logistic"))
            throw ScoringException.ModelUnsupported(source, $"objective '{objective}' (only binary:logistic is supported)");

        var param = learner.GetProperty("learner_model_param");
        if (Int(param, "num_class", 0) > 1)
            throw ScoringException.ModelUnsupported(source, $"multiclass model with {Int(param, "num_class", 0)} classes");
        if (Int(param, "num_target", 1) > 1)
            throw ScoringException.ModelUnsupported(source, $"multi-target model with {Int(param, "num_target", 1)} targets");
        string baseText = param.GetProperty("base_score").GetString() ?? "";
        float baseScore = BaseScore.Parse(baseText) ?? throw ScoringException.BaseScoreInvalid(source, baseText);
        int featureCount = Int(param, "num_feature", 0);

        var booster = learner.GetProperty("gradient_booster");
        string boosterName = booster.GetProperty("name").GetString() ?? "";
        if (boosterName != "gbtree")
            throw ScoringException.ModelUnsupported(source, $"booster '{boosterName}' (only gbtree is supported)");
        var model = booster.GetProperty("model");
        var trees = new List<DecisionTree>();
        int index = 0;
        foreach (var tree in model.GetProperty("trees").EnumerateArray())
            trees.Add(ReadTree(tree, source, index++));
        if (trees.Count == 0) throw ScoringException.ModelUnsupported(source, "the model has no trees");
        if (model.TryGetProperty("tree_info", out var info) && info.EnumerateArray().Any(g => g.GetInt32() != 0))
            throw ScoringException.ModelUnsupported(source, "trees belong to more than one output group (multiclass)");

        var names = FeatureNames(learner, featureCount, trees);
        return new TreeEnsemble(source, ModelFormat.XGBoostJson, names, trees, BaseScore.ToMargin(baseScore),
            bestIteration: BestIteration(learner), treesPerIteration: TreesPerIteration(model),
            producer: $"XGBoost {Version(root)}");
    }

    private static DecisionTree ReadTree(JsonElement tree, string source, int index)
    {
        var left = Ints(tree.GetProperty("left_children"));
        int n = left.Length;
        if (tree.TryGetProperty("split_type", out var types) && types.EnumerateArray().Any(t => t.GetInt32() != 0)
            || tree.TryGetProperty("categories_nodes", out var cats) && cats.GetArrayLength() > 0)
            throw ScoringException.ModelUnsupported(source, $"tree {index} has a categorical split (only numeric splits are supported; encode categories as numbers)");
        var right = Ints(tree.GetProperty("right_children"));
        var feature = Ints(tree.GetProperty("split_indices"));
        var condition = Floats(tree.GetProperty("split_conditions"));
        var cover = Floats(tree.GetProperty("sum_hessian"));
        double[]? gain = tree.TryGetProperty("loss_changes", out var losses) && losses.GetArrayLength() == n
            ? Floats(losses).Select((g, i) => left[i] < 0 ? 0.0 : g).ToArray()
            : null;
        var defaultLeft = tree.GetProperty("default_left").EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.True || e.ValueKind == JsonValueKind.Number && e.GetInt32() != 0).ToArray();
        if (new[] { right.Length, feature.Length, condition.Length, cover.Length, defaultLeft.Length }.Any(len => len != n))
            throw ScoringException.ModelUnreadable(source, $"tree {index} has node arrays of different lengths");
        for (int i = 0; i < n; i++)
            if (left[i] >= n || right[i] >= n || (left[i] < 0) != (right[i] < 0))
                throw ScoringException.ModelUnreadable(source, $"tree {index} node {i} points to a child that does not exist");
        // XGBoost stores a leaf's output in split_conditions; for internal nodes it is the threshold.
        var leafValue = new double[n];
        var threshold = new float[n];
        for (int i = 0; i < n; i++)
        {
            if (left[i] < 0) leafValue[i] = condition[i];
            else threshold[i] = condition[i];
        }
        return new DecisionTree(left, right, feature, threshold, defaultLeft, leafValue, cover.Select(c => (double)c).ToArray(), gain);
    }

    private static IReadOnlyList<string> FeatureNames(JsonElement learner, int featureCount, List<DecisionTree> trees)
    {
        if (learner.TryGetProperty("feature_names", out var names) && names.GetArrayLength() > 0)
            return names.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
        int used = trees.SelectMany(t => Enumerable.Range(0, t.NodeCount).Where(i => !t.IsLeaf(i)).Select(i => t.Feature[i] + 1))
            .DefaultIfEmpty(0).Max();
        return Enumerable.Range(0, Math.Max(featureCount, Math.Max(used, 1))).Select(i => $"f{i}").ToArray();
    }

    private static int? BestIteration(JsonElement learner) =>
        learner.TryGetProperty("attributes", out var attributes)
        && attributes.TryGetProperty("best_iteration", out var best)
        && int.TryParse(best.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value : null;

    private static int TreesPerIteration(JsonElement model)
    {
        if (model.TryGetProperty("iteration_indptr", out var ptr) && ptr.GetArrayLength() >= 2)
            return ptr[1].GetInt32() - ptr[0].GetInt32();
        return model.TryGetProperty("gbtree_model_param", out var p) ? Int(p, "num_parallel_tree", 1) : 1;
    }

    private static string Version(JsonElement root) =>
        root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Array
            ? string.Join('.', v.EnumerateArray().Select(e => e.GetInt32()))
            : "(version not recorded)";

    private static int Int(JsonElement obj, string name, int fallback)
    {
        if (!obj.TryGetProperty(name, out var value)) return fallback;
        return value.ValueKind == JsonValueKind.Number ? value.GetInt32()
            : int.Parse(value.GetString() ?? "", NumberStyles.Integer, CultureInfo.InvariantCulture);
    }

    private static int[] Ints(JsonElement array)
    {
        var result = new int[array.GetArrayLength()];
        int i = 0;
        foreach (var e in array.EnumerateArray()) result[i++] = e.GetInt32();
        return result;
    }

    private static float[] Floats(JsonElement array)
    {
        var result = new float[array.GetArrayLength()];
        int i = 0;
        foreach (var e in array.EnumerateArray()) result[i++] = e.GetSingle();
        return result;
    }
}
