using System.Runtime.InteropServices;

namespace LeadScore.LightGbm.Native;

internal static partial class NativeMethods
{
    // Bins the matrix immediately; LightGBM keeps no pointer to `data` afterwards.
    [LibraryImport(LibraryName, EntryPoint = "LGBM_DatasetCreateFromMat", StringMarshalling = StringMarshalling.Utf8)]
    internal static unsafe partial int LGBM_DatasetCreateFromMat(
        void* data,
        DataType dataType,
        int nrow,
        int ncol,
        int isRowMajor,
        string parameters,
        DatasetHandle reference,
        out DatasetHandle handle);

    // label and weight must be FLOAT32, init_score FLOAT64, group INT32.
    [LibraryImport(LibraryName, EntryPoint = "LGBM_DatasetSetField", StringMarshalling = StringMarshalling.Utf8)]
    internal static unsafe partial int LGBM_DatasetSetField(
        DatasetHandle handle,
        string fieldName,
        void* fieldData,
        int numElement,
        DataType type);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_DatasetSetFeatureNames", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int LGBM_DatasetSetFeatureNames(
        DatasetHandle handle,
        string[] featureNames,
        int numFeatureNames);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_DatasetGetNumData")]
    internal static partial int LGBM_DatasetGetNumData(DatasetHandle handle, out int numData);

    [LibraryImport(LibraryName, EntryPoint = "LGBM_DatasetGetNumFeature")]
    internal static partial int LGBM_DatasetGetNumFeature(DatasetHandle handle, out int numFeature);

    // Takes the raw pointer: only DatasetHandle.ReleaseHandle calls it.
    [LibraryImport(LibraryName, EntryPoint = "LGBM_DatasetFree")]
    internal static partial int LGBM_DatasetFree(nint handle);
}
