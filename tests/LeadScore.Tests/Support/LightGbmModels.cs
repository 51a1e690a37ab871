using LeadScore.LightGbm;

namespace LeadScore.Tests.Support;

/// <summary>
/// Reproducible synthetic lead data and small LightGBM models trained on it, for tests that
/// compare our own model-text parser, scorer or TreeSHAP against LightGBM itself
/// (load the text with <see cref="LightGbmBooster.LoadFromString"/> and call its Predict* methods).
/// </summary>
public static class LightGbmModels
{
    /// <summary>Share of rows whose <see cref="MissingFeature"/> is NaN.</summary>
    public const double MissingRate = 0.15;

    /// <summary>The feature that has NaN values (feature 1, or 0 when there is only one feature).</summary>
    public static int MissingFeature(int features) => features > 1 ? 1 : 0;

    /// <summary>
    /// Row-major rows × features matrix of standard-normal values with NaNs in
    /// <see cref="MissingFeature"/>, and 0/1 labels drawn from a known logistic rule of the
    /// first five features (missingness itself raises the odds), so trees have real structure.
    /// Same arguments, same data, on every machine.
    /// </summary>
    public static float[] GenerateRows(int rows, int features, int seed, out float[] labels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(features);
        var random = new Random(seed);
        var x = new float[rows * features];
        labels = new float[rows];
        int missing = MissingFeature(features);

        for (int r = 0; r < rows; r++)
        {
            Span<float> row = x.AsSpan(r * features, features);
            for (int f = 0; f < features; f++)
            {
                row[f] = (float)Gaussian(random);
            }

            bool isMissing = random.NextDouble() < MissingRate;
            if (isMissing)
            {
                row[missing] = float.NaN;
            }

            double logit = 1.2 * Get(row, 0) - 0.8 * Get(row, 1) + 0.6 * Get(row, 2) * Get(row, 3)
                + (Get(row, 4) > 0.5 ? 0.7 : 0.0) + (isMissing ? 0.5 : 0.0);
            labels[r] = random.NextDouble() < 1.0 / (1.0 + Math.Exp(-logit)) ? 1f : 0f;
        }

        return x;
    }

    /// <summary>The parameters <see cref="TrainSmallModel"/> uses (binary objective, 1 thread, deterministic).</summary>
    public static LightGbmParameters SmallModelParameters(int rows, int numLeaves, int seed) => new()
    {
        Objective = "binary",
        NumLeaves = numLeaves,
        LearningRate = 0.1,

        // Small data sets still get real splits; 20 is LightGBM's default.
        MinDataInLeaf = Math.Clamp(rows / (4 * numLeaves), 1, 20),
        Seed = seed,
        NumThreads = 1,
        Deterministic = true,
        Verbosity = -1,
    };

    /// <summary>
    /// Trains a binary model on <see cref="GenerateRows"/>(rows, features, seed) and returns its
    /// LightGBM model text; <paramref name="rowMajorX"/> receives the training matrix (with NaNs).
    /// </summary>
    public static string TrainSmallModel(int rows, int features, int iterations, int numLeaves, int seed, out float[] rowMajorX)
    {
        rowMajorX = GenerateRows(rows, features, seed, out float[] labels);
        string parameters = SmallModelParameters(rows, numLeaves, seed).ToString();
        using var train = LightGbmDataset.FromMatrix(rowMajorX, rows, features, labels, parameters);
        using var booster = LightGbmBooster.Create(train, parameters);
        for (int i = 0; i < iterations; i++)
        {
            if (booster.UpdateOneIteration())
            {
                break;
            }
        }

        return booster.SaveModelToString();
    }

    private static double Get(ReadOnlySpan<float> row, int feature) =>
        feature < row.Length && !float.IsNaN(row[feature]) ? row[feature] : 0.0;

    // Box-Muller; System.Random has no normal distribution.
    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
