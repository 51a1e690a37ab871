using LeadScore.LightGbm.Native;

namespace LeadScore.LightGbm;

public sealed partial class LightGbmBooster
{
    /// <summary>Raw scores (sum of leaf values, before the objective's transform), one per row.</summary>
    /// <param name="rowMajor">Values, row after row; NaN = missing.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="cols">Number of features; must equal <see cref="FeatureCount"/>.</param>
    public double[] PredictRaw(ReadOnlySpan<float> rowMajor, int rows, int cols) =>
        Predict(rowMajor, rows, cols, PredictType.RawScore);

    /// <inheritdoc cref="PredictRaw(ReadOnlySpan{float}, int, int)"/>
    public double[] PredictRaw(ReadOnlySpan<double> rowMajor, int rows, int cols) =>
        Predict(rowMajor, rows, cols, PredictType.RawScore);

    /// <summary>
    /// Transformed predictions, one per row: the probability of the positive class for binary
    /// objectives (sigmoid of the raw score), the objective's output otherwise.
    /// </summary>
    /// <inheritdoc cref="PredictRaw(ReadOnlySpan{float}, int, int)" path="/param"/>
    public double[] PredictProbability(ReadOnlySpan<float> rowMajor, int rows, int cols) =>
        Predict(rowMajor, rows, cols, PredictType.Normal);

    /// <inheritdoc cref="PredictProbability(ReadOnlySpan{float}, int, int)"/>
    public double[] PredictProbability(ReadOnlySpan<double> rowMajor, int rows, int cols) =>
        Predict(rowMajor, rows, cols, PredictType.Normal);

    /// <summary>
    /// SHAP contributions in raw-score space, row-major rows × (cols + 1): entry
    /// [r * (cols + 1) + f] is feature f's contribution for row r, and the last entry of each
    /// row, [r * (cols + 1) + cols], is the expected value (bias). Each row sums to the raw score.
    /// </summary>
    /// <inheritdoc cref="PredictRaw(ReadOnlySpan{float}, int, int)" path="/param"/>
    public double[] PredictContributions(ReadOnlySpan<float> rowMajor, int rows, int cols) =>
        Predict(rowMajor, rows, cols, PredictType.Contrib);

    /// <inheritdoc cref="PredictContributions(ReadOnlySpan{float}, int, int)"/>
    public double[] PredictContributions(ReadOnlySpan<double> rowMajor, int rows, int cols) =>
        Predict(rowMajor, rows, cols, PredictType.Contrib);

    private unsafe double[] Predict(ReadOnlySpan<float> rowMajor, int rows, int cols, PredictType type)
    {
        MatrixShape.Validate(rowMajor.Length, rows, cols, nameof(rowMajor));
        fixed (float* data = rowMajor)
        {
            return Predict(data, DataType.Float32, rows, cols, type);
        }
    }

    private unsafe double[] Predict(ReadOnlySpan<double> rowMajor, int rows, int cols, PredictType type)
    {
        MatrixShape.Validate(rowMajor.Length, rows, cols, nameof(rowMajor));
        fixed (double* data = rowMajor)
        {
            return Predict(data, DataType.Float64, rows, cols, type);
        }
    }

    private unsafe double[] Predict(void* data, DataType dataType, int rows, int cols, PredictType type)
    {
        const int AllIterations = -1;

        // LightGBM writes into a caller-allocated buffer; let it say how big (classes × rows × ...).
        NativeMethods.Check(NativeMethods.LGBM_BoosterCalcNumPredict(Handle, rows, type, 0, AllIterations, out long expected));
        var result = new double[checked((int)expected)];
        long written;
        fixed (double* output = result)
        {
            NativeMethods.Check(NativeMethods.LGBM_BoosterPredictForMat(
                Handle, data, dataType, rows, cols, isRowMajor: 1, type, 0, AllIterations, _predictParameters, out written, output));
        }

        return written == expected
            ? result
            : throw LightGbmException.UnexpectedOutputLength("LGBM_BoosterPredictForMat", expected, written);
    }
}
