using LeadScore.LightGbm.Native;

namespace LeadScore.LightGbm;

/// <summary>
/// A LightGBM training or validation dataset built from a dense row-major matrix. LightGBM
/// bins the values while the dataset is created and keeps no reference to the input arrays.
/// NaN marks a missing value.
/// </summary>
public sealed class LightGbmDataset : IDisposable
{
    private readonly DatasetHandle _handle;

    private LightGbmDataset(DatasetHandle handle) => _handle = handle;

    /// <summary>Rows in the dataset.</summary>
    public int RowCount
    {
        get
        {
            NativeMethods.Check(NativeMethods.LGBM_DatasetGetNumData(Handle, out int rows));
            return rows;
        }
    }

    /// <summary>Features (columns) in the dataset.</summary>
    public int FeatureCount
    {
        get
        {
            NativeMethods.Check(NativeMethods.LGBM_DatasetGetNumFeature(Handle, out int features));
            return features;
        }
    }

    internal DatasetHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>Builds a dataset from a row-major <c>float</c> matrix of <paramref name="rows"/> × <paramref name="cols"/>.</summary>
    /// <param name="rowMajor">Values, row after row; NaN = missing.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="cols">Number of features.</param>
    /// <param name="labels">One label per row.</param>
    /// <param name="parameters">LightGBM dataset/training parameters ("key=value ..."); num_threads=1 is added if absent.</param>
    /// <param name="reference">The training dataset when building a validation set, so both share bin boundaries.</param>
    public static unsafe LightGbmDataset FromMatrix(
        ReadOnlySpan<float> rowMajor, int rows, int cols, ReadOnlySpan<float> labels, string parameters, LightGbmDataset? reference = null)
    {
        MatrixShape.Validate(rowMajor.Length, rows, cols, nameof(rowMajor));
        fixed (float* data = rowMajor)
        {
            return Create(data, DataType.Float32, rows, cols, labels, parameters, reference);
        }
    }

    /// <summary>Builds a dataset from a row-major <c>double</c> matrix of <paramref name="rows"/> × <paramref name="cols"/>.</summary>
    /// <inheritdoc cref="FromMatrix(ReadOnlySpan{float}, int, int, ReadOnlySpan{float}, string, LightGbmDataset?)" path="/param"/>
    public static unsafe LightGbmDataset FromMatrix(
        ReadOnlySpan<double> rowMajor, int rows, int cols, ReadOnlySpan<float> labels, string parameters, LightGbmDataset? reference = null)
    {
        MatrixShape.Validate(rowMajor.Length, rows, cols, nameof(rowMajor));
        fixed (double* data = rowMajor)
        {
            return Create(data, DataType.Float64, rows, cols, labels, parameters, reference);
        }
    }

    /// <summary>Names the features; the names end up in the model text (feature_names=...).</summary>
    /// <param name="names">One name per feature, without spaces or JSON special characters.</param>
    public void SetFeatureNames(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        string[] copy = [.. names];
        if (copy.Length != FeatureCount)
        {
            throw new ArgumentException($"expected {FeatureCount} feature names but got {copy.Length}", nameof(names));
        }

        NativeMethods.Check(NativeMethods.LGBM_DatasetSetFeatureNames(Handle, copy, copy.Length));
    }

    /// <summary>Sets one non-negative weight per row.</summary>
    public void SetWeights(ReadOnlySpan<float> weights) => SetFloatField("weight", weights);

    /// <summary>Frees the native dataset. Safe to call more than once; a booster trained on it keeps it alive.</summary>
    public void Dispose() => _handle.Dispose();

    private static unsafe LightGbmDataset Create(
        void* data, DataType type, int rows, int cols, ReadOnlySpan<float> labels, string parameters, LightGbmDataset? reference)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (labels.Length != rows)
        {
            throw new ArgumentException($"expected {rows} labels (one per row) but got {labels.Length}", nameof(labels));
        }

        // LightGBM reads the reference only during this call (it copies the bin mappers).
        using var noReference = new DatasetHandle();
        NativeMethods.Check(NativeMethods.LGBM_DatasetCreateFromMat(
            data, type, rows, cols, isRowMajor: 1, ParameterText.WithThreadDefault(parameters),
            reference?.Handle ?? noReference, out DatasetHandle handle));

        var dataset = new LightGbmDataset(handle);
        try
        {
            dataset.SetFloatField("label", labels);
            return dataset;
        }
        catch
        {
            dataset.Dispose();
            throw;
        }
    }

    private unsafe void SetFloatField(string field, ReadOnlySpan<float> values)
    {
        int rows = RowCount;
        if (values.Length != rows)
        {
            throw new ArgumentException($"expected {rows} {field} values (one per row) but got {values.Length}", nameof(values));
        }

        fixed (float* pointer = values)
        {
            NativeMethods.Check(NativeMethods.LGBM_DatasetSetField(Handle, field, pointer, values.Length, DataType.Float32));
        }
    }
}
