using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LeadScore.LightGbm.Native;

internal static partial class NativeMethods
{
    // Returns a pointer into LightGBM's thread-local message buffer. It must not be declared
    // as returning string: the marshaller would free() memory LightGBM owns.
    [LibraryImport(LibraryName, EntryPoint = "LGBM_GetLastError")]
    internal static partial nint LGBM_GetLastError();

    /// <summary>
    /// Throws <see cref="LightGbmException"/> when a C-API call returned non-zero.
    /// Call it directly around the native call: LightGBM keeps the message per thread and the
    /// next failing call on this thread overwrites it.
    /// </summary>
    /// <param name="rc">The return code (0 = success, -1 = failure).</param>
    /// <param name="call">Filled in by the compiler with the call expression; used to name the function.</param>
    internal static void Check(int rc, [CallerArgumentExpression(nameof(rc))] string call = "")
    {
        if (rc == 0)
        {
            return;
        }

        string message = Marshal.PtrToStringUTF8(LGBM_GetLastError()) ?? string.Empty;
        throw LightGbmException.NativeCallFailed(FunctionName(call), message);
    }

    // "NativeMethods.LGBM_BoosterCreate(a, b, out c)" -> "LGBM_BoosterCreate".
    private static string FunctionName(string call)
    {
        ReadOnlySpan<char> text = call.AsSpan();
        int paren = text.IndexOf('(');
        if (paren >= 0)
        {
            text = text[..paren];
        }

        int dot = text.LastIndexOf('.');
        return text[(dot + 1)..].Trim().ToString();
    }
}
