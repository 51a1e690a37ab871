using System.Globalization;
using LeadScore.LightGbm.Native;

namespace LeadScore.LightGbm;

/// <summary>
/// A LightGBM model: trained iteration by iteration from a <see cref="LightGbmDataset"/>, or
/// loaded from model text. Training calls on one instance must not run concurrently.
/// </summary>
public sealed partial class LightGbmBooster : IDisposable
{
    // Feature importance written into the model text: 0 = split counts (C_API_FEATURE_IMPORTANCE_SPLIT).
    private const int SplitImportance = 0;

    private readonly BoosterHandle _handle;

    // Passed to every predict call. Without num_threads LightGBM falls back to OpenMP's
    // default (all cores), which is the slow case on this project's 2-core machines.
    private readonly string _predictParameters;

    private LightGbmBooster(BoosterHandle handle, int numThreads)
    {
        _handle = handle;
        _predictParameters = "num_threads=" + numThreads.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Completed boosting iterations.</summary>
    public int CurrentIteration
    {
        get
        {
            NativeMethods.Check(NativeMethods.LGBM_BoosterGetCurrentIteration(Handle, out int iteration));
            return iteration;
        }
    }

    /// <summary>Number of features the model expects per row.</summary>
    public int FeatureCount
    {
        get
        {
            NativeMethods.Check(NativeMethods.LGBM_BoosterGetNumFeature(Handle, out int features));
            return features;
        }
    }

    private BoosterHandle Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle;
        }
    }

    /// <summary>Creates a booster that trains on <paramref name="train"/>.</summary>
    /// <param name="train">Training data; kept alive by the booster even if disposed first.</param>
    /// <param name="parameters">LightGBM parameters ("key=value ..."), e.g. <see cref="LightGbmParameters.ToString"/>; num_threads=1 is added if absent.</param>
    public static LightGbmBooster Create(LightGbmDataset train, string parameters)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(parameters);
        string text = ParameterText.WithThreadDefault(parameters);
        NativeMethods.Check(NativeMethods.LGBM_BoosterCreate(train.Handle, text, out BoosterHandle handle));
        handle.KeepAlive(train.Handle);
        return new LightGbmBooster(handle, ParameterText.ThreadCountOrDefault(text));
    }

    /// <summary>Loads a model from LightGBM's text format (as written by <see cref="SaveModelToString"/>).</summary>
    /// <param name="modelText">The model text.</param>
    /// <param name="numThreads">Threads used by this booster's predictions. Default 1.</param>
    public static LightGbmBooster LoadFromString(string modelText, int numThreads = ParameterText.DefaultNumThreads)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelText);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numThreads);
        NativeMethods.Check(NativeMethods.LGBM_BoosterLoadModelFromString(modelText, out _, out BoosterHandle handle));
        return new LightGbmBooster(handle, numThreads);
    }

    /// <summary>
    /// Adds a validation set (created with the training set as <c>reference</c>). Its metrics are
    /// <see cref="GetEvaluation"/>(1) for the first one added, (2) for the second, and so on.
    /// </summary>
    public void AddValidation(LightGbmDataset validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        NativeMethods.Check(NativeMethods.LGBM_BoosterAddValidData(Handle, validation.Handle));
        _handle.KeepAlive(validation.Handle);
    }

    /// <summary>Runs one boosting iteration.</summary>
    /// <returns>True when LightGBM can no longer split (training is finished); false otherwise.</returns>
    public bool UpdateOneIteration()
    {
        NativeMethods.Check(NativeMethods.LGBM_BoosterUpdateOneIter(Handle, out int isFinished));
        return isFinished != 0;
    }

    /// <summary>Current values of the configured metrics (the "metric" parameter) on one dataset.</summary>
    /// <param name="dataIndex">0 = training data, 1 = first validation set, 2 = second, ...</param>
    public unsafe double[] GetEvaluation(int dataIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dataIndex);
        NativeMethods.Check(NativeMethods.LGBM_BoosterGetEvalCounts(Handle, out int count));
        var results = new double[count];
        int written;
        fixed (double* pointer = results)
        {
            NativeMethods.Check(NativeMethods.LGBM_BoosterGetEval(Handle, dataIndex, out written, pointer));
        }

        return written == count ? results : throw LightGbmException.UnexpectedOutputLength("LGBM_BoosterGetEval", count, written);
    }

    /// <summary>Writes the model in LightGBM's text format.</summary>
    /// <param name="startIteration">First iteration to include.</param>
    /// <param name="numIteration">Iterations to include; -1 (or any value &lt;= 0) means all.</param>
    public unsafe string SaveModelToString(int startIteration = 0, int numIteration = -1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startIteration);
        BoosterHandle handle = Handle;
        return NativeStringBuffer.Read(
            "LGBM_BoosterSaveModelToString",
            (long bufferLength, out long required, byte* buffer) => NativeMethods.LGBM_BoosterSaveModelToString(
                handle, startIteration, numIteration, SplitImportance, bufferLength, out required, buffer));
    }

    /// <summary>Frees the native booster (and releases the datasets it kept alive). Safe to call more than once.</summary>
    public void Dispose() => _handle.Dispose();
}
