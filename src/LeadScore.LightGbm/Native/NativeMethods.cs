using System.Runtime.InteropServices;

namespace LeadScore.LightGbm.Native;

/// <summary>
/// Raw imports of LightGBM's C API (c_api.h). Split by C-API section into partial files;
/// nothing here is visible outside the assembly and nothing here hides a pointer.
/// </summary>
internal static partial class NativeMethods
{
    /// <summary>
    /// The one name every import uses. The LightGBM NuGet package ships
    /// runtimes/linux-x64/native/lib_lightgbm.so; the runtime's probing adds the ".so".
    /// </summary>
    internal const string LibraryName = "lib_lightgbm";

    private const string LibC = "libc";

    // libgomp reads OMP_WAIT_POLICY once, in its ELF constructor, i.e. when lib_lightgbm.so
    // (and with it libgomp) is first loaded. The default policy lets idle OpenMP workers
    // spin; on a 2-core machine whose other core is busy that made training 20-40x slower.
    // Environment.SetEnvironmentVariable only edits .NET's managed copy of the environment,
    // so the native environ has to be written with setenv. An explicit static constructor
    // runs before the first call into any import of this class, hence before the library
    // loads. A value the user already set is left alone (overwrite = 0).
    static NativeMethods()
    {
        if (Environment.GetEnvironmentVariable("OMP_WAIT_POLICY") is null)
        {
            try
            {
                _ = SetEnv("OMP_WAIT_POLICY", "passive", overwrite: 0);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc-like: only a performance hint is lost, never correctness.
            }
        }
    }

    [LibraryImport(LibC, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
