using System.Globalization;
using System.Text.Json.Nodes;
using LeadScore.Engine.Model;

namespace LeadScore.Tests.Support;

/// <summary>Hand-made models: small XGBoost JSON files and random trees for property tests.</summary>
public static class SomeModels
{
    /// <summary>
    /// A two-feature, two-tree XGBoost JSON model in the layout XGBoost 3.1 writes. Tree 0 splits x0 &lt; 0.5
    /// (missing left), then x1 &lt; 2; tree 1 splits x1 &lt; 1 (missing right).
    /// </summary>
    public static JsonObject XGBoost(string baseScore = "[5E-1]", string objective = "binary:logistic")
    {
        var trees = new JsonArray
        {
            Tree(0, left: [1, -1, 3, -1, -1], right: [2, -1, 4, -1, -1], feature: [0, 0, 1, 0, 0],
                condition: [0.5f, 0.3f, 2f, -0.2f, 0.1f], defaultLeft: [1, 0, 0, 0, 0], hessian: [10, 4, 6, 2.5f, 3.5f]),
            Tree(1, left: [1, -1, -1], right: [2, -1, -1], feature: [1, 0, 0],
                condition: [1f, -0.05f, 0.07f], defaultLeft: [0, 0, 0], hessian: [10, 3, 7]),
        };
        return new JsonObject
        {
            ["learner"] = new JsonObject
            {
                ["attributes"] = new JsonObject { ["best_iteration"] = "0" },
                ["feature_names"] = new JsonArray("x0", "x1"),
                ["feature_types"] = new JsonArray("float", "float"),
                ["gradient_booster"] = new JsonObject
                {
                    ["model"] = new JsonObject
                    {
                        ["gbtree_model_param"] = new JsonObject { ["num_parallel_tree"] = "1", ["num_trees"] = "2" },
                        ["iteration_indptr"] = new JsonArray(0, 1, 2),
                        ["tree_info"] = new JsonArray(0, 0),
                        ["trees"] = trees,
                    },
                    ["name"] = "gbtree",
                },
                ["learner_model_param"] = new JsonObject
                {
                    ["base_score"] = baseScore, ["boost_from_average"] = "1", ["num_class"] = "0",
                    ["num_feature"] = "2", ["num_target"] = "1",
                },
                ["objective"] = new JsonObject { ["name"] = objective },
            },
            ["version"] = new JsonArray(3, 1, 1),
        };
    }

    public static JsonObject Tree(int id, int[] left, int[] right, int[] feature, float[] condition, int[] defaultLeft, float[] hessian) => new()
    {
        ["base_weights"] = Array(condition),
        ["categories"] = new JsonArray(),
        ["categories_nodes"] = new JsonArray(),
        ["categories_segments"] = new JsonArray(),
        ["categories_sizes"] = new JsonArray(),
        ["default_left"] = Array(defaultLeft),
        ["id"] = id,
        ["left_children"] = Array(left),
        ["loss_changes"] = Array(new float[left.Length]),
        ["parents"] = Array(Enumerable.Repeat(0, left.Length).ToArray()),
        ["right_children"] = Array(right),
        ["split_conditions"] = Array(condition),
        ["split_indices"] = Array(feature),
        ["split_type"] = Array(new int[left.Length]),
        ["sum_hessian"] = Array(hessian),
        ["tree_param"] = new JsonObject { ["num_deleted"] = "0", ["num_feature"] = "2", ["num_nodes"] = left.Length.ToString(CultureInfo.InvariantCulture), ["size_leaf_vector"] = "1" },
    };

    /// <summary>Writes a model to a fresh temporary file and returns its path.</summary>
    public static string Save(JsonObject model, TempFolder folder, string name = "model.json")
    {
        var path = folder.File(name);
        File.WriteAllText(path, model.ToJsonString());
        return path;
    }

    /// <summary>
    /// A random tree of at most <paramref name="depth"/> levels over <paramref name="features"/> features: features
    /// repeat along paths, branches stop early at random, default directions and covers are random.
    /// </summary>
    public static DecisionTree RandomTree(Random random, int depth, int features)
    {
        var left = new List<int>(); var right = new List<int>(); var feature = new List<int>();
        var threshold = new List<float>(); var defaultLeft = new List<bool>(); var value = new List<double>(); var cover = new List<double>();
        int Add(int level, double weight)
        {
            int node = left.Count;
            left.Add(-1); right.Add(-1); feature.Add(0); threshold.Add(0); defaultLeft.Add(false); value.Add(0); cover.Add(weight);
            if (level == depth || level > 0 && random.NextDouble() < 0.2)
            {
                value[node] = Math.Round(random.NextDouble() * 2 - 1, 3);
                return node;
            }
            feature[node] = random.Next(features);
            threshold[node] = (float)Math.Round(random.NextDouble() * 4 - 2, 1);
            defaultLeft[node] = random.Next(2) == 1;
            double share = 0.1 + 0.8 * random.NextDouble();
            int l = Add(level + 1, weight * share);
            int r = Add(level + 1, weight * (1 - share));
            left[node] = l;
            right[node] = r;
            return node;
        }
        Add(0, 100 + random.Next(1000));
        return new DecisionTree(left.ToArray(), right.ToArray(), feature.ToArray(), threshold.ToArray(), defaultLeft.ToArray(), value.ToArray(), cover.ToArray());
    }

    /// <summary>An ensemble of random trees of mixed depths (1 to maxDepth).</summary>
    public static TreeEnsemble RandomEnsemble(int seed, int trees, int features, int maxDepth, float baseMargin = 0.25f)
    {
        var random = new Random(seed);
        var list = Enumerable.Range(0, trees).Select(_ => RandomTree(random, 1 + random.Next(maxDepth), features)).ToArray();
        return new TreeEnsemble("random", ModelFormat.XGBoostJson, Enumerable.Range(0, features).Select(i => $"f{i}").ToArray(), list, baseMargin);
    }

    /// <summary>Random rows on the thresholds' scale, a tenth of the values missing (NaN), row-major.</summary>
    public static float[] RandomRows(int seed, int rows, int features, double missing = 0.1)
    {
        var random = new Random(seed);
        var values = new float[rows * features];
        for (int i = 0; i < values.Length; i++)
            values[i] = random.NextDouble() < missing ? float.NaN : (float)Math.Round(random.NextDouble() * 5 - 2.5, 1);
        return values;
    }

    private static JsonArray Array(float[] values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static JsonArray Array(int[] values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
