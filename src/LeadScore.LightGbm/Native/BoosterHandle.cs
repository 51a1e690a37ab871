using System.Runtime.InteropServices;

namespace LeadScore.LightGbm.Native;

/// <summary>
/// Owns a LightGBM BoosterHandle and frees it exactly once, then lets go of the datasets
/// it depends on.
/// </summary>
internal sealed class BoosterHandle : SafeHandle
{
    private readonly List<SafeHandle> _dependencies = [];

    /// <summary>Creates an empty (null) handle; the marshaller fills it from an out parameter.</summary>
    public BoosterHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>
    /// Keeps <paramref name="dependency"/>'s native memory alive until this booster is freed.
    /// A LightGBM booster stores raw pointers to its training and validation datasets, so a
    /// caller disposing a dataset first must not free memory the booster still reads.
    /// </summary>
    internal void KeepAlive(SafeHandle dependency)
    {
        bool added = false;
        dependency.DangerousAddRef(ref added);
        lock (_dependencies)
        {
            _dependencies.Add(dependency);
        }
    }

    protected override bool ReleaseHandle()
    {
        // LGBM_BoosterFree catches its own C++ exceptions; DangerousRelease only runs the
        // dataset's ReleaseHandle, which does not throw either.
        bool freed = NativeMethods.LGBM_BoosterFree(handle) == 0;
        lock (_dependencies)
        {
            foreach (SafeHandle dependency in _dependencies)
            {
                dependency.DangerousRelease();
            }

            _dependencies.Clear();
        }

        return freed;
    }
}
