using System.Runtime.InteropServices;

namespace LeadScore.LightGbm.Native;

internal static partial class NativeMethods
{
    // The booster keeps a pointer to train_data: the dataset must outlive it (BoosterHandle.KeepAlive).
    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterCreate", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int LGBM_BoosterCreate(
        DatasetHandle trainData,
        string parameters,
        out BoosterHandle handle);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterLoadModelFromString", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int LGBM_BoosterLoadModelFromString(
        string modelText,
        out int numIterations,
        out BoosterHandle handle);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterAddValidData")]
    internal static partial int LGBM_BoosterAddValidData(BoosterHandle handle, DatasetHandle validData);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterUpdateOneIter")]
    internal static partial int LGBM_BoosterUpdateOneIter(BoosterHandle handle, out int isFinished);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterGetCurrentIteration")]
    internal static partial int LGBM_BoosterGetCurrentIteration(BoosterHandle handle, out int iteration);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterGetNumFeature")]
    internal static partial int LGBM_BoosterGetNumFeature(BoosterHandle handle, out int numFeature);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterGetEvalCounts")]
    internal static partial int LGBM_BoosterGetEvalCounts(BoosterHandle handle, out int count);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterGetEval")]
    internal static unsafe partial int LGBM_BoosterGetEval(
        BoosterHandle handle,
        int dataIndex,
        out int length,
        double* results);

    // Follows the "buffer too small, call again" protocol; use NativeStringBuffer.Read.
    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterSaveModelToString")]
    internal static unsafe partial int LGBM_BoosterSaveModelToString(
        BoosterHandle handle,
        int startIteration,
        int numIteration,
        int featureImportanceType,
        long bufferLength,
        out long requiredLength,
        byte* buffer);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterCalcNumPredict")]
    internal static partial int LGBM_BoosterCalcNumPredict(
        BoosterHandle handle,
        int numRow,
        PredictType predictType,
        int startIteration,
        int numIteration,
        out long length);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterPredictForMat", StringMarshalling = StringMarshalling.Utf8)]
    internal static unsafe partial int LGBM_BoosterPredictForMat(
        BoosterHandle handle,
        void* data,
        DataType dataType,
        int nrow,
        int ncol,
        int isRowMajor,
        PredictType predictType,
        int startIteration,
        int numIteration,
        string parameters,
        out long length,
        double* result);

    // Takes the raw pointer: only BoosterHandle.ReleaseHandle calls it.
    [LibraryImport(LibraryName, EntryPoint = "LGBM_BoosterFree")]
    internal static partial int LGBM_BoosterFree(nint handle);
}
