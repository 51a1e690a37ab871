using System.Runtime.InteropServices;

namespace LeadScore.LightGbm.Native;

/// <summary>Owns a LightGBM DatasetHandle and frees it exactly once.</summary>
internal sealed class DatasetHandle : SafeHandle
{
    /// <summary>Creates an empty (null) handle; the marshaller fills it from an out parameter.</summary>
    public DatasetHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    // LGBM_DatasetFree catches its own C++ exceptions and reports failure as -1, so this never throws.
    protected override bool ReleaseHandle() => NativeMethods.LGBM_DatasetFree(handle) == 0;
}
