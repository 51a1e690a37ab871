using System.Text;

namespace LeadScore.LightGbm.Native;

/// <summary>
/// The one place that speaks LightGBM's string-output protocol: the caller passes a buffer
/// and its length, LightGBM reports the length it needs (NUL included) and copies only when
/// the buffer was big enough; otherwise the caller must call again with a buffer that size.
/// </summary>
internal static unsafe class NativeStringBuffer
{
    // Big enough for a few hundred small trees in one call; larger models take a second call.
    private const int InitialSize = 256 * 1024;

    /// <summary>One attempt of the native call with the given buffer.</summary>
    internal delegate int Fill(long bufferLength, out long requiredLength, byte* buffer);

    /// <summary>Runs <paramref name="fill"/>, growing the buffer once if LightGBM asks for more.</summary>
    /// <param name="functionName">The C function behind <paramref name="fill"/>, for error messages.</param>
    /// <param name="fill">Calls the native function with the given buffer.</param>
    internal static string Read(string functionName, Fill fill)
    {
        long size = InitialSize;

        // The second attempt uses exactly the size LightGBM asked for. The model cannot grow in
        // between unless another thread trains the same booster, which is not supported.
        for (int attempt = 0; attempt < 2; attempt++)
        {
            byte[] buffer = GC.AllocateUninitializedArray<byte>(checked((int)size));
            long required;
            fixed (byte* pointer = buffer)
            {
                NativeMethods.Check(fill(size, out required, pointer), functionName);
            }

            if (required <= size)
            {
                ReadOnlySpan<byte> text = buffer.AsSpan(0, (int)required);
                int nul = text.IndexOf((byte)0);
                return Encoding.UTF8.GetString(nul >= 0 ? text[..nul] : text);
            }

            size = required;
        }

        throw LightGbmException.BufferKeptGrowing(functionName, size);
    }
}
